namespace GraphQL.DataLoader;

/// <summary>What a <see cref="DataLoaderScope"/> needs of its loaders, whatever their key and value types.</summary>
internal interface IBatchSource
{
    /// <summary>Binds the loader to the request whose dispatches start its batches.</summary>
    void Attach(DataLoaderScope scope);

    /// <summary>Starts batches for every pending key.</summary>
    void DispatchPending();

    /// <summary>Forgets the values loaded so far, so later loads read them again.</summary>
    void ClearCache();
}
