using GraphQL.Execution;

namespace GraphQL.DataLoader;

/// <summary>
/// The batching and caching shared by <see cref="BatchDataLoader{TKey, TValue}"/> and
/// <see cref="GroupedDataLoader{TKey, TValue}"/>: loads collect pending keys and tell the request's
/// <see cref="DataLoaderScope"/>; the executor dispatches them as batches when nothing else can progress.
/// </summary>
public abstract class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>, IBatchSource
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly DataLoaderOptions _options;
    private Dictionary<TKey, KeyLoad>? _cache;
    private Dictionary<TKey, KeyLoad>? _pending;
    private DataLoaderScope? _scope;

    private protected DataLoaderBase(DataLoaderOptions? options)
    {
        _options = options ?? DataLoaderOptions.Default;
        if (_options.MaxBatchSize < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxBatchSize, $"The maximum batch size of {GetType().Name} cannot be negative.");
        }
    }

    /// <inheritdoc />
    public Task<TValue?> LoadAsync(TKey key)
    {
        var scope = _scope ?? throw new InvalidOperationException(
            $"The DataLoader {GetType().Name} does not belong to a request: get it from a resolver parameter or IResolverContext.DataLoader<T>().");
        KeyLoad load;
        bool isFirstPending;
        lock (_lock)
        {
            if (_cache is not null && _cache.TryGetValue(key, out var cached))
            {
                return cached.Join();
            }
            _pending ??= [];
            if (_pending.TryGetValue(key, out var waiting))
            {
                return waiting.Join();
            }
            load = new KeyLoad();
            _pending.Add(key, load);
            if (_options.Caching)
            {
                (_cache ??= [])[key] = load;
            }
            isFirstPending = _pending.Count == 1;
        }
        if (isFirstPending)
        {
            scope.OnKeysPending(this);
        }
        return load.First.Task;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys)
    {
        var loads = new Task<TValue?>[keys.Count];
        for (var i = 0; i < loads.Length; i++)
        {
            loads[i] = LoadAsync(keys[i]);
        }
        return await Task.WhenAll(loads).ConfigureAwait(false);
    }

    /// <summary>Loads one batch; the result holds the value of each key found (keys are distinct).</summary>
    private protected abstract Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of a key the batch did not return.</summary>
    private protected virtual TValue? MissingValue => default;

    void IBatchSource.Attach(DataLoaderScope scope)
    {
        if (_scope is not null)
        {
            throw new InvalidOperationException($"The DataLoader {GetType().Name} already belongs to a request; each request gets its own instance.");
        }
        _scope = scope;
    }

    void IBatchSource.DispatchPending()
    {
        Dictionary<TKey, KeyLoad>? batch;
        lock (_lock)
        {
            batch = _pending;
            _pending = null;
        }
        if (batch is null || batch.Count == 0)
        {
            return;
        }
        var keys = new TKey[batch.Count];
        batch.Keys.CopyTo(keys, 0);
        var size = _options.MaxBatchSize > 0 ? _options.MaxBatchSize : keys.Length;
        for (var start = 0; start < keys.Length; start += size)
        {
            var chunk = start == 0 && size >= keys.Length ? keys : keys[start..Math.Min(start + size, keys.Length)];
            _ = RunBatchAsync(_scope!, chunk, batch);
        }
    }

    void IBatchSource.ClearCache()
    {
        lock (_lock)
        {
            // Loads still waiting for a batch stay pending: they are answered, just no longer cached.
            _cache = null;
        }
    }

    private async Task RunBatchAsync(DataLoaderScope scope, TKey[] keys, Dictionary<TKey, KeyLoad> waiting)
    {
        IReadOnlyDictionary<TKey, TValue>? values = null;
        Exception? failure = null;
        try
        {
            values = await FetchAsync(keys, scope.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }
        scope.BeginCompletion();
        try
        {
            foreach (var key in keys)
            {
                TaskCompletionSource<TValue?>[]? others;
                var load = waiting[key];
                lock (_lock)
                {
                    others = load.Finish();
                }
                var value = failure is null && values!.TryGetValue(key, out var found) ? found : MissingValue;
                Settle(load.First, failure, value);
                foreach (var other in others ?? [])
                {
                    Settle(other, failure, value);
                }
            }
        }
        finally
        {
            scope.EndCompletion();
        }
    }

    private static void Settle(TaskCompletionSource<TValue?> load, Exception? failure, TValue? value)
    {
        if (failure is OperationCanceledException canceled)
        {
            load.TrySetCanceled(canceled.CancellationToken);
        }
        else if (failure is not null)
        {
            load.TrySetException(failure);
        }
        else
        {
            load.TrySetResult(value);
        }
    }

    /// <summary>
    /// The loads of one key. Each load waiting for the batch gets a task of its own: a task with one awaiter resumes
    /// it inline when the batch completes (the runtime queues the awaiters of a task that has several), which is what
    /// keeps the loads those continuations start together in the next batch. Guarded by the loader's lock.
    /// </summary>
    private sealed class KeyLoad
    {
        private List<TaskCompletionSource<TValue?>>? _others;
        private bool _finished;

        /// <summary>The first load's task; once the batch is done, the task every later load of the key gets.</summary>
        public TaskCompletionSource<TValue?> First { get; } = new();

        public Task<TValue?> Join()
        {
            if (_finished)
            {
                return First.Task;
            }
            var load = new TaskCompletionSource<TValue?>();
            (_others ??= []).Add(load);
            return load.Task;
        }

        /// <summary>Marks the key loaded and returns the other loads waiting for it.</summary>
        public TaskCompletionSource<TValue?>[]? Finish()
        {
            _finished = true;
            return _others?.ToArray();
        }
    }
}
