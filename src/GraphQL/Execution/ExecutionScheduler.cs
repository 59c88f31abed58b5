using System.Collections.Concurrent;

namespace GraphQL.Execution;

/// <summary>
/// The execution loop of one request. Tasks wait in one queue for the whole operation; the loop runs them one at a
/// time (so the result tree needs no locks), and asynchronous resolvers post their continuation back to the queue
/// when they finish. When the queue is empty but resolvers are still pending, the loop lets the
/// <see cref="IBatchDispatcher"/> send its batches before it goes to sleep.
/// </summary>
internal sealed class ExecutionScheduler
{
    private readonly ConcurrentQueue<IExecutionTask> _queue = new();
    private readonly Lock _signalLock = new();
    private readonly IBatchDispatcher? _dispatcher;
    private TaskCompletionSource? _signal;
    private int _pending;

    public ExecutionScheduler(IBatchDispatcher? dispatcher)
    {
        _dispatcher = dispatcher;
    }

    /// <summary>Adds work to run on the loop.</summary>
    public void Enqueue(IExecutionTask task) => _queue.Enqueue(task);

    /// <summary>Counts an asynchronous operation the loop must wait for; pair with <see cref="EndAsync"/>.</summary>
    public void BeginAsync() => Interlocked.Increment(ref _pending);

    /// <summary>Ends an asynchronous operation (on any thread) and queues its continuation.</summary>
    public void EndAsync(IExecutionTask continuation)
    {
        // Enqueue before the count drops so the loop never sees "nothing pending" with work still to come.
        _queue.Enqueue(continuation);
        Interlocked.Decrement(ref _pending);
        Wake();
    }

    /// <summary>Runs queued work until the queue is empty and nothing is pending.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (_dispatcher is not null)
        {
            _dispatcher.BatchPending += OnBatchPending;
        }
        try
        {
            while (true)
            {
                while (_queue.TryDequeue(out var task))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    task.Execute();
                }
                cancellationToken.ThrowIfCancellationRequested();
                if (Volatile.Read(ref _pending) == 0 && _queue.IsEmpty)
                {
                    return;
                }
                if (_dispatcher is { HasPendingBatches: true })
                {
                    _dispatcher.Dispatch();
                    continue;
                }
                await WaitForWorkAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (_dispatcher is not null)
            {
                _dispatcher.BatchPending -= OnBatchPending;
            }
        }
    }

    private Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        lock (_signalLock)
        {
            if (!_queue.IsEmpty || Volatile.Read(ref _pending) == 0 || _dispatcher is { HasPendingBatches: true })
            {
                return Task.CompletedTask;
            }
            _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task.WaitAsync(cancellationToken);
        }
    }

    private void OnBatchPending(object? sender, EventArgs e) => Wake();

    private void Wake()
    {
        lock (_signalLock)
        {
            _signal?.TrySetResult();
            _signal = null;
        }
    }
}
