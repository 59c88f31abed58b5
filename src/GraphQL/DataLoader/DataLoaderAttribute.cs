namespace GraphQL.DataLoader;

/// <summary>
/// Marks a static batch method as a DataLoader:
/// <c>static Task&lt;IReadOnlyDictionary&lt;TKey, TValue&gt;&gt; GetUsersByIdAsync(IReadOnlyList&lt;TKey&gt; keys, services…, CancellationToken ct)</c>
/// defines an <see cref="IDataLoader{TKey, TValue}"/>; returning <c>Task&lt;ILookup&lt;TKey, TValue&gt;&gt;</c> defines a
/// grouped one, an <c>IDataLoader&lt;TKey, TValue[]&gt;</c>. Parameters after the keys are services of the request
/// (nullable or defaulted ones are optional) or the request's <see cref="CancellationToken"/>. The loader is named
/// after the method without a <c>Get</c> prefix and an <c>Async</c> suffix (<c>UsersById</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class DataLoaderAttribute : Attribute
{
    /// <summary>The loader's name, instead of the one derived from the method's.</summary>
    public string? Name { get; init; }

    /// <summary>See <see cref="DataLoaderOptions.MaxBatchSize"/>.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>See <see cref="DataLoaderOptions.Caching"/>.</summary>
    public bool Caching { get; init; } = true;
}
