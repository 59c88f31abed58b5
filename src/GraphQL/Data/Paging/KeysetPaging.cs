using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// Keyset (seek) paging of a query: the order is the query's own <c>OrderBy</c>/<c>ThenBy</c> chain with the id
/// appended; <c>after</c>/<c>before</c> become a <c>WHERE</c> on the cursor's key values; one row more than the page is
/// fetched to know whether there is more; <c>last</c> reads the order backwards and turns the rows around.
/// </summary>
/// <remarks>
/// The <c>[UsePaging]</c> middleware uses it for resolvers that return an <see cref="IQueryable{T}"/>. A resolver
/// that pages many parents at once (a DataLoader behind <c>replies(first: 3)</c>) uses it directly: <see cref="PerGroup"/>
/// fetches every parent's page (and count, when selected) in one statement, <see cref="ToPages"/> turns the rows into
/// each parent's page.
/// </remarks>
public sealed class KeysetPaging<T>
{
    private readonly KeysetOrder _order;
    private readonly PagingArguments _arguments;
    private readonly IReadOnlyList<SortKey> _fetchOrder;
    private readonly IQueryable<T> _filtered;

    private KeysetPaging(IQueryable<T> source, PagingArguments arguments)
    {
        _order = KeysetOrder.Of(source.Expression, typeof(T));
        _arguments = arguments;
        Source = source.Provider.CreateQuery<T>(_order.WithoutOrdering(source.Expression));
        _fetchOrder = arguments.IsBackward ? [.. _order.Keys.Select(k => k.Reversed())] : _order.Keys;
        _filtered = Source;
        if (arguments.After is { } after)
        {
            _filtered = _filtered.Where(KeysetPredicate.After<T>(_order.Keys, Decode(after, "after")) ?? Nothing);
        }
        if (arguments.Before is { } before)
        {
            var reversed = arguments.IsBackward ? _fetchOrder : [.. _order.Keys.Select(k => k.Reversed())];
            _filtered = _filtered.Where(KeysetPredicate.After<T>(reversed, Decode(before, "before")) ?? Nothing);
        }
        Query = _filtered.Provider.CreateQuery<T>(
            Ordering.Take(Ordering.Apply(_filtered.Expression, typeof(T), _fetchOrder, queryable: true), typeof(T), arguments.PageSize + 1, queryable: true));
    }

    /// <summary>The query as given without its order: what <c>totalCount</c> counts.</summary>
    public IQueryable<T> Source { get; }

    /// <summary>The rows of the page, in fetch order (backwards for <c>last</c>), one more than the page size.</summary>
    public IQueryable<T> Query { get; }

    private static Expression<Func<T, bool>> Nothing => _ => false;

    private static readonly MethodInfo WhereMethod =
        ((Func<IQueryable<T>, Expression<Func<T, bool>>, IQueryable<T>>)Queryable.Where).Method;

    private static readonly MethodInfo DefaultIfEmptyMethod = ((Func<IQueryable<T>, IQueryable<T?>>)Queryable.DefaultIfEmpty).Method;

    /// <summary>Prepares paging <paramref name="query"/> (ordered or not) with validated <paramref name="arguments"/>.</summary>
    /// <exception cref="InvalidCursorException">A cursor does not fit the query's order.</exception>
    /// <exception cref="InvalidOperationException">The order is not made of member paths, or the element has no id.</exception>
    public static KeysetPaging<T> Create(IQueryable<T> query, PagingArguments arguments)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (arguments.First is null == arguments.Last is null)
        {
            throw new ArgumentException("Exactly one of First and Last must be set; take the arguments from the [UsePaging] field.", nameof(arguments));
        }
        return new KeysetPaging<T>(query, arguments);
    }

    /// <summary>
    /// The page rows of every group in one statement: for each group, the rows of that group after the cursor
    /// predicate, one more than the page size, in fetch order (EF Core on PostgreSQL: <c>ROW_NUMBER() OVER (PARTITION
    /// BY key ORDER BY …)</c>). When <c>totalCount</c> is selected, each row also carries its group's count (a
    /// <c>GROUP BY</c> the page rows are joined to), and a group whose page is empty has one row without an item.
    /// Give the rows to <see cref="ToPages"/>.
    /// </summary>
    public IQueryable<GroupRow<TKey, T>> PerGroup<TKey>(Expression<Func<T, TKey>> groupKey)
    {
        ArgumentNullException.ThrowIfNull(groupKey);
        IQueryable<GroupRow<TKey, T>> rows;
        if (_arguments.IncludeTotalCount)
        {
            var group = Expression.Parameter(typeof(GroupTotal<TKey>), "group");
            var page = Expression.Call(DefaultIfEmptyMethod, GroupPage(groupKey, Expression.Property(group, nameof(GroupTotal<TKey>.Key))));
            rows = Source.GroupBy(groupKey)
                .Select(items => new GroupTotal<TKey> { Key = items.Key, Count = items.Count() })
                .SelectMany(
                    Expression.Lambda<Func<GroupTotal<TKey>, IEnumerable<T>>>(page, group),
                    (total, item) => new GroupRow<TKey, T> { Key = total.Key, Item = item, TotalCount = total.Count });
        }
        else
        {
            var key = Expression.Parameter(typeof(TKey), "key");
            rows = _filtered.Select(groupKey).Distinct().SelectMany(
                Expression.Lambda<Func<TKey, IEnumerable<T>>>(GroupPage(groupKey, key), key),
                (parent, item) => new GroupRow<TKey, T> { Key = parent, Item = item });
        }
        // The join does not keep each group's order: order the whole result the same way, which orders every group.
        Expression<Func<GroupRow<TKey, T>, T?>> item = row => row.Item;
        return rows.Provider.CreateQuery<GroupRow<TKey, T>>(
            Ordering.Apply(rows.Expression, typeof(GroupRow<TKey, T>), _fetchOrder, queryable: true, through: item));
    }

    /// <summary>
    /// The page of each of <paramref name="keys"/> from the rows of <see cref="PerGroup"/>, in the order they were
    /// fetched; a key without rows gets an empty page (with a total of 0 when counting).
    /// </summary>
    public IReadOnlyDictionary<TKey, Page<T>> ToPages<TKey>(IReadOnlyList<GroupRow<TKey, T>> rows, IEnumerable<TKey> keys)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(keys);
        var groups = new Dictionary<TKey, (List<T> Items, int? TotalCount)>();
        foreach (var row in rows)
        {
            if (!groups.TryGetValue(row.Key, out var group))
            {
                group = ([], row.TotalCount);
                groups.Add(row.Key, group);
            }
            if (row.Item is { } item)
            {
                group.Items.Add(item);
            }
        }
        var pages = new Dictionary<TKey, Page<T>>();
        foreach (var key in keys)
        {
            pages[key] = groups.TryGetValue(key, out var group)
                ? ToPage(group.Items, group.TotalCount)
                : ToPage([], _arguments.IncludeTotalCount ? 0 : null);
        }
        return pages;
    }

    /// <summary>
    /// The page made of rows fetched by <see cref="Query"/> (for groups: <see cref="ToPages"/>), in the order
    /// they were fetched: at most the page size of them, with cursors and whether there is more on either side.
    /// </summary>
    public Page<T> ToPage(IReadOnlyList<T> rows, int? totalCount = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var size = _arguments.PageSize;
        var hasMore = rows.Count > size;
        var items = new List<T>(Math.Min(rows.Count, size));
        for (var i = 0; i < rows.Count && i < size; i++)
        {
            items.Add(rows[i]);
        }
        if (_arguments.IsBackward)
        {
            items.Reverse();
            return new Page<T>(items, hasNextPage: _arguments.Before is not null, hasPreviousPage: hasMore || _arguments.After is not null, CreateCursor, totalCount);
        }
        return new Page<T>(items, hasNextPage: hasMore || _arguments.Before is not null, hasPreviousPage: _arguments.After is not null, CreateCursor, totalCount);
    }

    /// <summary>The cursor of an item: its key values in this order.</summary>
    public string CreateCursor(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var keys = _order.Keys;
        var values = new object?[keys.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = keys[i].Accessor(item);
        }
        return CursorCodec.Encode(_order.Signature, values);
    }

    /// <summary>The page rows of the group whose key is <paramref name="key"/>: <c>rows.Where(groupKey == key).OrderBy(…).Take(size + 1)</c>.</summary>
    private Expression GroupPage<TKey>(Expression<Func<T, TKey>> groupKey, Expression key)
    {
        var inGroup = Expression.Lambda<Func<T, bool>>(Expression.Equal(groupKey.Body, key), groupKey.Parameters);
        var groupRows = Expression.Call(WhereMethod, _filtered.Expression, Expression.Quote(inGroup));
        return Ordering.Take(Ordering.Apply(groupRows, typeof(T), _fetchOrder, queryable: true), typeof(T), _arguments.PageSize + 1, queryable: true);
    }

    private object?[] Decode(string cursor, string argument) => CursorCodec.Decode(cursor, argument, _order.Signature, _order.KeyTypes);
}
