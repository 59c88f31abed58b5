using GraphQL.Execution;
using GraphQL.Types.CodeFirst;

namespace GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request (one instance of each, created on first use with the request's services) and the
/// executor's <see cref="IBatchDispatcher"/> for them: when no resolver can progress, every loader with pending
/// keys starts its batches. While a batch hands out its values, the continuations it resumes run inline and the
/// loads they start wait for the next dispatch, so they go out together.
/// </summary>
public sealed class DataLoaderScope : IBatchDispatcher
{
    private readonly Lock _lock = new();
    private readonly IServiceProvider _services;
    private readonly Dictionary<object, IBatchSource> _loaders = [];
    private List<IBatchSource> _pending = [];
    private int _completingBatches;

    internal DataLoaderScope(IServiceProvider services, CancellationToken requestAborted)
    {
        _services = services;
        RequestAborted = requestAborted;
    }

    /// <inheritdoc />
    public event EventHandler? BatchPending;

    /// <summary>The request's token, given to every batch.</summary>
    public CancellationToken RequestAborted { get; }

    /// <inheritdoc />
    public bool HasPendingBatches
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count > 0 && _completingBatches == 0;
            }
        }
    }

    /// <summary>The request's instance of a DataLoader class, created with constructor arguments from the request's services.</summary>
    public T GetDataLoader<T>() where T : class => (T)GetOrCreate(typeof(T), static (type, services) => DataLoaderActivator.Create((Type)type, services));

    /// <summary>The request's instance of the loader an attributed static method (<see cref="DataLoaderAttribute"/>) defines.</summary>
    /// <exception cref="InvalidOperationException">The method is not a valid DataLoader method, or loads other types.</exception>
    public IDataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(Delegate batchMethod) where TKey : notnull =>
        GetDataLoader<TKey, TValue>(DataLoaderMethod.Of(batchMethod.Method));

    internal IDataLoader<TKey, TValue> GetDataLoader<TKey, TValue>(DataLoaderMethod method) where TKey : notnull
    {
        if (method.LoaderType != typeof(IDataLoader<TKey, TValue>))
        {
            throw new InvalidOperationException(
                $"The DataLoader {method.Name} is an {CodeFirstException.Describe(method.LoaderType)}, not an {CodeFirstException.Describe(typeof(IDataLoader<TKey, TValue>))}.");
        }
        return (IDataLoader<TKey, TValue>)GetOrCreate(method, static (key, services) => ((DataLoaderMethod)key).CreateLoader(services));
    }

    /// <inheritdoc />
    public void Dispatch()
    {
        List<IBatchSource> ready;
        lock (_lock)
        {
            if (_pending.Count == 0)
            {
                return;
            }
            (ready, _pending) = (_pending, []);
        }
        foreach (var loader in ready)
        {
            loader.DispatchPending();
        }
    }

    /// <summary>
    /// Empties the cache of every loader of the request. The executor calls it before each mutation root field
    /// after the first, so what a field returns reflects the writes of the fields before it (spec 6.2.2).
    /// </summary>
    internal void ClearCaches()
    {
        IBatchSource[] loaders;
        lock (_lock)
        {
            loaders = [.. _loaders.Values];
        }
        foreach (var loader in loaders)
        {
            loader.ClearCache();
        }
    }

    internal void OnKeysPending(IBatchSource loader)
    {
        bool wake;
        lock (_lock)
        {
            _pending.Add(loader);
            wake = _completingBatches == 0;
        }
        if (wake)
        {
            BatchPending?.Invoke(this, EventArgs.Empty);
        }
    }

    internal void BeginCompletion()
    {
        lock (_lock)
        {
            _completingBatches++;
        }
    }

    internal void EndCompletion()
    {
        bool wake;
        lock (_lock)
        {
            _completingBatches--;
            wake = _completingBatches == 0 && _pending.Count > 0;
        }
        if (wake)
        {
            BatchPending?.Invoke(this, EventArgs.Empty);
        }
    }

    private IBatchSource GetOrCreate(object key, Func<object, IServiceProvider, IBatchSource> create)
    {
        lock (_lock)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing;
            }
        }
        // Created outside the lock: a constructor may do anything with its services. A racing twin is dropped.
        var created = create(key, _services);
        lock (_lock)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing;
            }
            created.Attach(this);
            _loaders.Add(key, created);
            return created;
        }
    }
}
