namespace GraphQL.Data;

/// <summary>
/// Paging of in-memory lists (resolvers returning <see cref="IEnumerable{T}"/> that is not a query): cursors hold the
/// item's index in the list, with a signature of the element type so that keyset cursors are refused.
/// </summary>
internal static class OffsetPaging<T>
{
    private static readonly uint Signature = CursorCodec.Signature("offset|" + typeof(T).FullName);
    private static readonly Type[] IndexType = [typeof(int)];

    public static Connection ToConnection(IEnumerable<T> source, PagingArguments arguments)
    {
        var list = source as IReadOnlyList<T> ?? source.ToList();
        var start = arguments.After is { } after ? Math.Min(Decode(after, "after") + 1, list.Count) : 0;
        var end = arguments.Before is { } before ? Math.Min(Decode(before, "before"), list.Count) : list.Count;
        end = Math.Max(end, start);
        var hasNext = arguments.Before is not null;
        var hasPrevious = arguments.After is not null;
        if (arguments.First is { } first && end - start > first)
        {
            end = start + first;
            hasNext = true;
        }
        if (arguments.Last is { } last && end - start > last)
        {
            start = end - last;
            hasPrevious = true;
        }
        var edges = new Edge[end - start];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = new Edge(CursorCodec.Encode(Signature, [start + i]), list[start + i]);
        }
        var pageInfo = new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Connection(edges, pageInfo, list.Count);
    }

    private static int Decode(string cursor, string argument)
    {
        var index = (int)CursorCodec.Decode(cursor, argument, Signature, IndexType)[0]!;
        return index >= 0 ? index : throw new InvalidCursorException(argument, cursor, "it points before the start of the list");
    }
}
