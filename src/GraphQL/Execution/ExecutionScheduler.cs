namespace GraphQL.Execution;

/// <summary>
/// The execution loop of one request. Tasks wait in one queue for the whole operation; the loop runs them one at a
/// time (so the result tree needs no locks), and asynchronous resolvers post their continuation back when they
/// finish. When the queue is empty but resolvers are still pending, the loop lets the <see cref="IBatchDispatcher"/>
/// send its batches before it goes to sleep.
/// </summary>
internal sealed class ExecutionScheduler
{
    private readonly Queue<IExecutionTask> _ready = new();
    private readonly Lock _lock = new();
    private readonly IBatchDispatcher? _dispatcher;
    private IBatchDispatcher? _dataLoaders;
    private List<IExecutionTask>? _finished;
    private TaskCompletionSource? _signal;
    private bool _wakeRequested;
    private int _pending;

    public ExecutionScheduler(IBatchDispatcher? dispatcher)
    {
        _dispatcher = dispatcher;
    }

    /// <summary>
    /// Adds the request's DataLoader dispatcher, created on first use by any thread. It is listened to before it is
    /// returned to anyone, so no load it raises can be missed.
    /// </summary>
    public void AttachDataLoaders(IBatchDispatcher dataLoaders)
    {
        dataLoaders.BatchPending += OnBatchPending;
        Volatile.Write(ref _dataLoaders, dataLoaders);
    }

    /// <summary>Adds work to run; called on the loop only.</summary>
    public void Enqueue(IExecutionTask task) => _ready.Enqueue(task);

    /// <summary>Counts an asynchronous operation the loop must wait for; pair with <see cref="EndAsync"/>.</summary>
    public void BeginAsync()
    {
        lock (_lock)
        {
            _pending++;
        }
    }

    /// <summary>Ends an asynchronous operation (on any thread) and hands its continuation to the loop.</summary>
    public void EndAsync(IExecutionTask continuation)
    {
        lock (_lock)
        {
            (_finished ??= []).Add(continuation);
            _pending--;
            WakeLocked();
        }
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
                while (_ready.TryDequeue(out var task))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    task.Execute();
                }
                cancellationToken.ThrowIfCancellationRequested();
                if (TakeFinished())
                {
                    continue;
                }
                if (IsDone())
                {
                    return;
                }
                // The dispatcher is asked outside our lock: it may raise BatchPending while holding its own.
                if (Dispatch(_dispatcher) | Dispatch(Volatile.Read(ref _dataLoaders)))
                {
                    continue;
                }
                if (WaitForWork() is { } wait)
                {
                    await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            // The request's DataLoaders stay attached: they belong to this operation, whose next run (the next
            // mutation root field) must hear their loads too.
            if (_dispatcher is not null)
            {
                _dispatcher.BatchPending -= OnBatchPending;
            }
        }
    }

    private static bool Dispatch(IBatchDispatcher? dispatcher)
    {
        if (dispatcher is not { HasPendingBatches: true })
        {
            return false;
        }
        dispatcher.Dispatch();
        return true;
    }

    private bool TakeFinished()
    {
        lock (_lock)
        {
            if (_finished is not { Count: > 0 })
            {
                return false;
            }
            foreach (var task in _finished)
            {
                _ready.Enqueue(task);
            }
            _finished.Clear();
            return true;
        }
    }

    /// <summary>
    /// Nothing is pending and nothing finished is waiting to run. Both are read under one lock: an operation that
    /// ends after <see cref="TakeFinished"/> looked leaves its continuation in <c>_finished</c>, and must not be
    /// mistaken for "nothing left to do".
    /// </summary>
    private bool IsDone()
    {
        lock (_lock)
        {
            return _pending == 0 && _finished is not { Count: > 0 };
        }
    }

    /// <summary>A task to await until something happens, or null when something already has.</summary>
    private Task? WaitForWork()
    {
        lock (_lock)
        {
            if (_finished is { Count: > 0 } || _pending == 0 || _wakeRequested)
            {
                _wakeRequested = false;
                return null;
            }
            _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _signal.Task;
        }
    }

    private void OnBatchPending(object? sender, EventArgs e)
    {
        lock (_lock)
        {
            WakeLocked();
        }
    }

    private void WakeLocked()
    {
        if (_signal is null)
        {
            // The loop is running: make its next wait return at once so it looks at the dispatcher again.
            _wakeRequested = true;
            return;
        }
        _signal.TrySetResult();
        _signal = null;
    }
}
