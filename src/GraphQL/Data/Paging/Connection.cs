namespace GraphQL.Data;

/// <summary>The value of a connection field: one page of edges, where it is in the whole list, and maybe the total.</summary>
public sealed class Connection
{
    public Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, int? totalCount = null)
    {
        Edges = edges;
        PageInfo = pageInfo;
        TotalCount = totalCount;
    }

    public IReadOnlyList<Edge> Edges { get; }

    public PageInfo PageInfo { get; }

    /// <summary>The number of items in the whole list; null when it was not counted (not selected).</summary>
    public int? TotalCount { get; }
}

/// <summary>An item of a page and the cursor that points at it.</summary>
public sealed record Edge(string Cursor, object? Node);

/// <summary>Whether there are items before and after the page, and the cursors of its first and last item.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
