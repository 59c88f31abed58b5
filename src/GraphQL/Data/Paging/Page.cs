using System.Collections;

namespace GraphQL.Data;

/// <summary>
/// One page of items a resolver of a <c>[UsePaging]</c> field made itself (e.g. from a DataLoader that pages many
/// parents at once, with <see cref="KeysetPaging{T}.ToPage"/>); the paging middleware turns it into the connection
/// as it is. It is a list of its items, so a member returning <c>Page&lt;T&gt;</c> has the node type <c>T</c>.
/// </summary>
public sealed class Page<T> : IReadOnlyList<T>, IPage
{
    private readonly Func<T, string> _createCursor;

    public Page(IReadOnlyList<T> items, bool hasNextPage, bool hasPreviousPage, Func<T, string> createCursor, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(createCursor);
        Items = items;
        HasNextPage = hasNextPage;
        HasPreviousPage = hasPreviousPage;
        TotalCount = totalCount;
        _createCursor = createCursor;
    }

    /// <summary>A page without items (for a connection the viewer may not see).</summary>
    public static Page<T> Empty { get; } = new([], hasNextPage: false, hasPreviousPage: false, _ => "", totalCount: 0);

    public IReadOnlyList<T> Items { get; }

    public bool HasNextPage { get; }

    public bool HasPreviousPage { get; }

    /// <summary>The number of items in the whole list, when the resolver counted them.</summary>
    public int? TotalCount { get; }

    public int Count => Items.Count;

    public T this[int index] => Items[index];

    public string CreateCursor(T item) => _createCursor(item);

    public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    Connection IPage.ToConnection()
    {
        var edges = new Edge[Items.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(_createCursor(Items[i]), Items[i]);
        }
        var pageInfo = new PageInfo(HasNextPage, HasPreviousPage, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, TotalCount);
    }
}

/// <summary>A <see cref="Page{T}"/> of any item type.</summary>
internal interface IPage
{
    Connection ToConnection();
}
