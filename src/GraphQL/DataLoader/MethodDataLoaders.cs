namespace GraphQL.DataLoader;

/// <summary>The per-request loader of an attributed batch method (<see cref="DataLoaderAttribute"/>).</summary>
internal sealed class MethodBatchDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    IServiceProvider services,
    DataLoaderOptions options)
    : BatchDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    protected override Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, services, cancellationToken);
}

/// <summary>The per-request loader of an attributed grouped batch method (<see cref="DataLoaderAttribute"/>).</summary>
internal sealed class MethodGroupedDataLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, IServiceProvider, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    IServiceProvider services,
    DataLoaderOptions options)
    : GroupedDataLoader<TKey, TValue>(options)
    where TKey : notnull
{
    protected override Task<ILookup<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        fetch(keys, services, cancellationToken);
}
