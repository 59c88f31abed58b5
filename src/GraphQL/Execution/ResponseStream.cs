namespace GraphQL.Execution;

/// <summary>
/// The result of a subscription (spec 6.2.3): one <see cref="ExecutionResult"/> per source event. The stream ends
/// when the source completes or when the consumer stops — disposing the enumerator or cancelling its token disposes
/// the source's enumerator too. An error raised by the source ends the stream with a last result that reports it.
/// Enumerate it once.
/// </summary>
public sealed class ResponseStream : IExecutionResult, IAsyncEnumerable<ExecutionResult>
{
    private readonly IAsyncEnumerable<object?> _source;
    private readonly Func<object?, CancellationToken, Task<ExecutionResult>> _executeEvent;
    private readonly Func<Exception, ExecutionResult> _sourceFailed;
    private readonly CancellationToken _requestAborted;
    private int _enumerated;

    internal ResponseStream(
        IAsyncEnumerable<object?> source,
        Func<object?, CancellationToken, Task<ExecutionResult>> executeEvent,
        Func<Exception, ExecutionResult> sourceFailed,
        CancellationToken requestAborted)
    {
        _source = source;
        _executeEvent = executeEvent;
        _sourceFailed = sourceFailed;
        _requestAborted = requestAborted;
    }

    public IAsyncEnumerator<ExecutionResult> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _enumerated, 1) == 1)
        {
            throw new InvalidOperationException("A response stream can be enumerated only once.");
        }
        return MapEventsAsync(cancellationToken);
    }

    private async IAsyncEnumerator<ExecutionResult> MapEventsAsync(CancellationToken consumerToken)
    {
        // The stream stops when the consumer cancels or when the request that created it is aborted.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(consumerToken, _requestAborted);
        var cancellationToken = stop.Token;
        await using var events = _source.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            ExecutionResult? failure = null;
            try
            {
                if (!await events.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                failure = _sourceFailed(exception);
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return await _executeEvent(events.Current, cancellationToken).ConfigureAwait(false);
        }
    }
}
