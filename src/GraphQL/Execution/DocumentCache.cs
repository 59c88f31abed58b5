namespace GraphQL.Execution;

/// <summary>
/// A bounded least-recently-used cache of parsed and validated documents, keyed by <see cref="DocumentHash"/>.
/// Thread-safe; lookups and insertions take one short lock.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Dictionary<string, LinkedListNode<CachedDocument>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<CachedDocument> _recency = new();
    private readonly Lock _lock = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(string hash, out CachedDocument document)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(hash, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                document = node.Value;
                return true;
            }
        }
        document = null!;
        return false;
    }

    /// <summary>Adds a document unless one with its hash is already there; returns the cached one.</summary>
    public CachedDocument GetOrAdd(CachedDocument document)
    {
        if (capacity <= 0)
        {
            return document;
        }
        lock (_lock)
        {
            if (_entries.TryGetValue(document.Hash, out var existing))
            {
                return existing.Value;
            }
            _entries[document.Hash] = _recency.AddFirst(document);
            if (_entries.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Hash);
            }
            return document;
        }
    }
}
