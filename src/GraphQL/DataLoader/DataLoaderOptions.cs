namespace GraphQL.DataLoader;

/// <summary>How a DataLoader batches and caches.</summary>
public sealed record DataLoaderOptions
{
    /// <summary>The options loaders get when they give none: unbounded batches, caching on.</summary>
    public static DataLoaderOptions Default { get; } = new();

    /// <summary>The most keys one batch call receives; more pending keys are split into several batches. 0 means no limit.</summary>
    public int MaxBatchSize { get; init; }

    /// <summary>
    /// Whether a key loaded once in the request answers later loads of the same key (the same task) without a new
    /// batch. Off: each dispatch loads its keys again (a key asked twice before one dispatch is still loaded once).
    /// </summary>
    public bool Caching { get; init; } = true;
}
