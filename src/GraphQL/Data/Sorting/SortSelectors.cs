using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>The keys of one element type's sort paths (<c>x =&gt; x.Author.Name</c>), made once per path.</summary>
internal sealed class SortSelectors<T>
{
    private readonly ConcurrentDictionary<string, (LambdaExpression Selector, Func<T, object?> Read)> _keys = new();

    /// <summary>
    /// The plain member path, for query providers: they sort by it with a join, indexes serve it, and keyset paging
    /// reads it back from the query.
    /// </summary>
    public LambdaExpression Selector(IReadOnlyList<SortField> path) => Get(path).Selector;

    /// <summary>
    /// The key read from an element in memory, boxed for <see cref="Comparer{T}.Default"/>; null when an object on
    /// the path is null, so such elements sort first ascending instead of failing.
    /// </summary>
    public Func<T, object?> Reader(IReadOnlyList<SortField> path) => Get(path).Read;

    private (LambdaExpression Selector, Func<T, object?> Read) Get(IReadOnlyList<SortField> path) =>
        _keys.GetOrAdd(string.Join('.', path.Select(f => f.Property.Name)), _ => Create(path));

    private static (LambdaExpression, Func<T, object?>) Create(IReadOnlyList<SortField> path)
    {
        var element = Expression.Parameter(typeof(T), "x");
        Expression key = element;
        var objectsOnPath = new List<Expression>();
        foreach (var field in path)
        {
            if (key != element && !key.Type.IsValueType)
            {
                objectsOnPath.Add(key);
            }
            key = Expression.Property(key, field.Property);
        }
        Expression boxed = Expression.Convert(key, typeof(object));
        if (objectsOnPath.Count > 0)
        {
            var anyNull = objectsOnPath
                .Select(o => (Expression)Expression.Equal(o, Expression.Constant(null, o.Type)))
                .Aggregate(Expression.OrElse);
            boxed = Expression.Condition(anyNull, Expression.Constant(null), boxed);
        }
        return (Expression.Lambda(key, element), Expression.Lambda<Func<T, object?>>(boxed, element).Compile());
    }
}
