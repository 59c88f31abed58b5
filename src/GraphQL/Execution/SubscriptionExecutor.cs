namespace GraphQL.Execution;

/// <summary>
/// Spec 6.2.3 Subscribe: creates the source event stream through the root field's <see cref="Types.OutputField.Subscriber"/>
/// and maps each event to the result of executing the selection set with the event as root value.
/// </summary>
internal static class SubscriptionExecutor
{
    public static async Task<IExecutionResult> SubscribeAsync(
        RequestExecutor executor,
        CompiledOperation operation,
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?> variables,
        CancellationToken cancellationToken)
    {
        var context = new OperationContext(executor.Schema, operation, request, variables, executor.Options, cancellationToken);
        var fields = context.GetIncludedFields(operation.RootPlan);
        if (fields.Length != 1)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"A subscription must select exactly one root field, but {fields.Length} are selected.",
                extensions: ErrorCodes.Extensions(ErrorCodes.OperationNotSupported)));
        }
        var root = fields[0];
        var rootResult = new ResultMap(fields, parent: null, indexInParent: 0);
        var path = rootResult.PathOf(0);
        if (root.Subscriber is not { } subscriber)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"Subscription field \"{root.Coordinate}\" has no event stream: it needs a subscriber.",
                root.Locations,
                path,
                ErrorCodes.Extensions(ErrorCodes.OperationNotSupported)));
        }
        GraphQLError Failure(Exception exception) => ValueCompleter.Locate(context.ToError(exception), root, path);

        IAsyncEnumerable<object?> source;
        try
        {
            var subscribing = new FieldTask(context, root, request.RootValue, rootResult, 0).SubscribeAsync(subscriber);
            source = subscribing.IsCompleted
                ? await subscribing.ConfigureAwait(false)
                : await WaitOnLoopAsync(context, subscribing.AsTask(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(Failure(exception));
        }
        return new ResponseStream(
            source,
            (sourceEvent, token) => executor.ExecuteWithTimeoutAsync(operation, request, variables, sourceEvent, token),
            exception => ExecutionResult.FromError(Failure(exception)),
            cancellationToken);
    }

    /// <summary>
    /// Waits for an asynchronous subscriber on the execution loop, counted as pending work, so that the DataLoader
    /// loads it makes are dispatched as a resolver's would be.
    /// </summary>
    private static async Task<IAsyncEnumerable<object?>> WaitOnLoopAsync(
        OperationContext context,
        Task<IAsyncEnumerable<object?>> subscribing,
        CancellationToken cancellationToken)
    {
        var scheduler = context.Scheduler;
        scheduler.BeginAsync();
        _ = subscribing.ContinueWith(
            static (_, state) => ((ExecutionScheduler)state!).EndAsync(NothingToRun.Instance),
            scheduler,
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);
        await scheduler.RunAsync(cancellationToken).ConfigureAwait(false);
        return await subscribing.ConfigureAwait(false);
    }

    /// <summary>The loop's continuation of the subscriber: there is nothing left to run, only to stop waiting.</summary>
    private sealed class NothingToRun : IExecutionTask
    {
        public static NothingToRun Instance { get; } = new();

        public void Execute()
        {
        }
    }
}
