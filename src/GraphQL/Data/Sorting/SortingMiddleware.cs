using System.Collections;
using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// Applies the <c>order</c> argument to what the inner resolver returns: a plain <c>OrderBy</c>/<c>ThenBy</c> chain in
/// list order (which the paging middleware reads to build keyset cursors), on an <c>IQueryable&lt;T&gt;</c> or on an
/// <c>IEnumerable&lt;T&gt;</c> made queryable in memory.
/// </summary>
internal sealed class SortingMiddleware<T>(SortObject sort) : IQueryMiddleware
{
    private readonly SortSelectors<T> _selectors = new();

    public FieldResolver Wrap(FieldResolver next) => async context =>
    {
        var result = await next(context).ConfigureAwait(false);
        if (result is null || !context.Arguments.TryGetValue(UseSortingAttribute.ArgumentName, out var order) || order is not IEnumerable items)
        {
            return result;
        }
        var query = result switch
        {
            IQueryable<T> queryable => queryable,
            IEnumerable<T> enumerable => enumerable.AsQueryable(),
            _ => throw new InvalidOperationException(
                $"The resolver of {context.ObjectType.Name}.{context.Field.Name} returned {result.GetType().Name}, not a sequence of {typeof(T).Name} to sort."),
        };
        var inMemory = query is EnumerableQuery;
        var isFirst = true;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = $"{UseSortingAttribute.ArgumentName}[{index++}]";
            if (Key((IReadOnlyDictionary<string, object?>)item!, sort, [], itemPath, $"{context.ObjectType.Name}.{context.Field.Name}") is not var (path, direction))
            {
                continue;
            }
            var selector = _selectors.Get(path, inMemory);
            query = query.Provider.CreateQuery<T>(
                Ordering.Order(query.Expression, typeof(T), selector, direction == SortEnumType.Desc, isFirst, queryable: true));
            isFirst = false;
        }
        return isFirst ? result : query;
    };

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
