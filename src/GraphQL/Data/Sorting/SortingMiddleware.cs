using System.Collections;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Applies the <c>order</c> argument to what the inner resolver returns: on an <c>IQueryable&lt;T&gt;</c>, a plain
/// <c>OrderBy</c>/<c>ThenBy</c> chain of member paths in list order (translated by the provider, and read back by the
/// paging middleware to build keyset cursors); on any other <c>IEnumerable&lt;T&gt;</c>, LINQ to objects with
/// null-safe keys. The order is also handed to the resolver as <see cref="QueryContext{T}"/>, for a resolver that
/// reads its own <see cref="Page{T}"/>. Such a page passes through unchanged only when the resolver takes the context
/// (<c>resolverAppliesContext</c>); otherwise an <c>order</c> with keys makes it an error.
/// </summary>
internal sealed class SortingMiddleware<T>(SortObject sort, bool resolverAppliesContext) : IQueryMiddleware
{
    private readonly SortSelectors<T> _selectors = new();

    public FieldResolver Wrap(FieldResolver next) => async context =>
    {
        var keys = Keys(context, out var orderKey);
        QueryContext<T>.Store(
            context, QueryContext<T>.Of(context).WithOrder(keys.Count == 0 ? null : query => SortQuery(query, keys), orderKey));
        var result = await next(context).ConfigureAwait(false);
        return keys.Count == 0 ? result : result switch
        {
            null => result,
            IPage when resolverAppliesContext => result,  // the resolver read its page with QueryContext<T> applied
            IPage => throw QueryContextParameter.Unapplied<T>(context, UseSortingAttribute.ArgumentName),
            IQueryable<T> query => SortQuery(query, keys),
            IEnumerable<T> sequence => SortInMemory(sequence, keys),
            _ => throw new InvalidOperationException(
                $"The resolver of {context.ObjectType.Name}.{context.Field.Name} returned {result.GetType().Name}, not a sequence of {typeof(T).Name} to sort."),
        };
    };

    /// <summary>The keys the <c>order</c> argument gives, in list order, and its key for <see cref="QueryContext{T}"/>.</summary>
    private List<(List<SortField> Path, SortEnumType Direction)> Keys(IResolverContext context, out string orderKey)
    {
        var keys = new List<(List<SortField> Path, SortEnumType Direction)>();
        orderKey = "";
        if (!context.Arguments.TryGetValue(UseSortingAttribute.ArgumentName, out var order) || order is not IEnumerable items)
        {
            return keys;
        }
        var fieldCoordinate = $"{context.ObjectType.Name}.{context.Field.Name}";
        var index = 0;
        foreach (var item in items)
        {
            if (Key((IReadOnlyDictionary<string, object?>)item!, sort, [], $"{UseSortingAttribute.ArgumentName}[{index++}]", fieldCoordinate) is { } key)
            {
                keys.Add(key);
            }
        }
        orderKey = keys.Count == 0 ? "" : ArgumentKey.Of(order);
        return keys;
    }

    private IQueryable<T> SortQuery(IQueryable<T> query, List<(List<SortField> Path, SortEnumType Direction)> keys)
    {
        var expression = query.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var (path, direction) = keys[i];
            expression = Ordering.Order(expression, typeof(T), _selectors.Selector(path), direction == SortEnumType.Desc, first: i == 0, queryable: true);
        }
        return query.Provider.CreateQuery<T>(expression);
    }

    private IOrderedEnumerable<T> SortInMemory(IEnumerable<T> sequence, List<(List<SortField> Path, SortEnumType Direction)> keys)
    {
        var (firstPath, firstDirection) = keys[0];
        var sorted = firstDirection == SortEnumType.Desc
            ? sequence.OrderByDescending(_selectors.Reader(firstPath), Comparer<object?>.Default)
            : sequence.OrderBy(_selectors.Reader(firstPath), Comparer<object?>.Default);
        foreach (var (path, direction) in keys.Skip(1))
        {
            sorted = direction == SortEnumType.Desc
                ? sorted.ThenByDescending(_selectors.Reader(path), Comparer<object?>.Default)
                : sorted.ThenBy(_selectors.Reader(path), Comparer<object?>.Default);
        }
        return sorted;
    }

    /// <summary>The property path and direction one item of <c>order</c> gives; null when it sets no field.</summary>
    private static (List<SortField> Path, SortEnumType Direction)? Key(
        IReadOnlyDictionary<string, object?> item, SortObject sort, List<SortField> path, string itemPath, string fieldCoordinate)
    {
        var given = item.Where(entry => entry.Value is not null).ToList();
        if (given.Count > 1)
        {
            throw new Execution.GraphQLException(
                $"The argument \"{UseSortingAttribute.ArgumentName}\" of field \"{fieldCoordinate}\" is invalid at {itemPath}: it sets {given.Count} fields " +
                $"({string.Join(", ", given.Select(entry => entry.Key))}); give one field per item, in the order the keys apply.",
                DataErrorCodes.InvalidSort);
        }
        if (given.Count == 0)
        {
            return null;
        }
        var (name, value) = given[0];
        var field = sort.Fields[name];
        path.Add(field);
        return field.Nested is { } nested
            ? Key((IReadOnlyDictionary<string, object?>)value!, nested, path, $"{itemPath}.{name}", fieldCoordinate)
            : (path, (SortEnumType)value!);
    }
}
