namespace GraphQL.DataLoader;

/// <summary>
/// Loads values by key for one request: loads wait until the executor dispatches them, so every field that asks
/// for a key before nothing else can progress shares one batch. Get one from a resolver parameter or
/// <see cref="ResolverContextDataLoaderExtensions.DataLoader{T}"/>; it is the same instance for the whole request.
/// </summary>
public interface IDataLoader<in TKey, TValue>
    where TKey : notnull
{
    /// <summary>The value of <paramref name="key"/>: default (null) for a key the batch did not return, an empty array for a grouped loader.</summary>
    Task<TValue?> LoadAsync(TKey key);

    /// <summary>The values of <paramref name="keys"/>, in the same order.</summary>
    Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys);
}
