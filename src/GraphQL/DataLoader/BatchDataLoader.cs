namespace GraphQL.DataLoader;

/// <summary>
/// A DataLoader that gives one value per key. Subclass it (constructor dependencies come from the request's
/// services) and implement <see cref="LoadBatchAsync"/>; keys the batch does not return load as default (null).
/// </summary>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    /// <param name="options">Batch size and caching; <see cref="DataLoaderOptions.Default"/> when null.</param>
    protected BatchDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Loads the values of distinct <paramref name="keys"/> in one go (one query).</summary>
    /// <param name="keys">Distinct keys, at most <see cref="DataLoaderOptions.MaxBatchSize"/> of them.</param>
    /// <param name="cancellationToken">The request's token: cancelled when it times out or is aborted.</param>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected override Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        LoadBatchAsync(keys, cancellationToken);
}
