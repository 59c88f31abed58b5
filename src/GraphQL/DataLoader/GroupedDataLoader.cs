namespace GraphQL.DataLoader;

/// <summary>
/// A DataLoader that gives a list of values per key (a one-to-many relation: the posts of each author). Subclass it
/// and implement <see cref="LoadBatchAsync"/>; a key without values loads as an empty array.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    /// <param name="options">Batch size and caching; <see cref="DataLoaderOptions.Default"/> when null.</param>
    protected GroupedDataLoader(DataLoaderOptions? options = null)
        : base(options)
    {
    }

    /// <summary>Loads the values of distinct <paramref name="keys"/> in one go, grouped by key.</summary>
    /// <param name="keys">Distinct keys, at most <see cref="DataLoaderOptions.MaxBatchSize"/> of them.</param>
    /// <param name="cancellationToken">The request's token: cancelled when it times out or is aborted.</param>
    protected abstract Task<ILookup<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private protected override TValue[]? MissingValue => [];

    private protected override async Task<IReadOnlyDictionary<TKey, TValue[]>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var lookup = await LoadBatchAsync(keys, cancellationToken).ConfigureAwait(false);
        var groups = new Dictionary<TKey, TValue[]>(lookup.Count);
        foreach (var group in lookup)
        {
            groups[group.Key] = [.. group];
        }
        return groups;
    }
}
