namespace GraphQL.Execution;

/// <summary>
/// What one field's resolver registered for disposal (<see cref="IResolverContext.RegisterForCleanup"/>), disposed
/// in reverse order once its value is complete. Disposals that finish at once cost nothing more; others keep the
/// request open until they end, and a failure is reported as an error of the field.
/// </summary>
internal sealed class FieldCleanup(OperationContext operation, FieldSelection field, ResultPath path) : IExecutionTask
{
    private readonly List<IAsyncDisposable> _resources = [];
    private Exception? _failure;

    public void Add(IAsyncDisposable resource) => _resources.Add(resource);

    /// <summary>Disposes every resource; called on the loop once the field's value is written.</summary>
    public void Run()
    {
        for (var i = _resources.Count - 1; i >= 0; i--)
        {
            ValueTask disposal;
            try
            {
                disposal = _resources[i].DisposeAsync();
            }
            catch (Exception exception)
            {
                Report(exception);
                continue;
            }
            if (disposal.IsCompletedSuccessfully)
            {
                continue;
            }
            operation.Scheduler.BeginAsync();
            _ = AwaitAsync(disposal);
        }
    }

    /// <summary>Runs on the loop after an asynchronous disposal failed.</summary>
    public void Execute()
    {
        if (Interlocked.Exchange(ref _failure, null) is { } failure)
        {
            Report(failure);
        }
    }

    private async Task AwaitAsync(ValueTask disposal)
    {
        try
        {
            await disposal.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            Interlocked.Exchange(ref _failure, exception);
        }
        operation.Scheduler.EndAsync(this);
    }

    private void Report(Exception exception) =>
        operation.AddError(ValueCompleter.Locate(operation.ToError(exception), field, path));
}
