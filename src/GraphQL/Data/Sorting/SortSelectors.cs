using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace GraphQL.Data;

/// <summary>The key selectors of one element type's sort paths (<c>x =&gt; x.Author.Name</c>), made once per path.</summary>
internal sealed class SortSelectors<T>
{
    private readonly ConcurrentDictionary<(string Path, bool InMemory), LambdaExpression> _selectors = new();

    /// <summary>The selector of a property path.</summary>
    /// <param name="path">The properties from the element down to the key, first property outermost.</param>
    /// <param name="inMemory">
    /// For LINQ to objects, a null object on the path gives the key type's default (null sorts first ascending)
    /// instead of failing. Database providers get the plain member path, which they sort with a join, which indexes
    /// serve, and which keyset paging reads back from the query.
    /// </param>
    public LambdaExpression Get(IReadOnlyList<SortField> path, bool inMemory) =>
        _selectors.GetOrAdd((string.Join('.', path.Select(f => f.Property.Name)), inMemory), _ => Create(path, inMemory));

    private static LambdaExpression Create(IReadOnlyList<SortField> path, bool inMemory)
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
        if (inMemory && objectsOnPath.Count > 0)
        {
            var keyType = key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null
                ? typeof(Nullable<>).MakeGenericType(key.Type)
                : key.Type;
            var anyNull = objectsOnPath
                .Select(o => (Expression)Expression.Equal(o, Expression.Constant(null, o.Type)))
                .Aggregate(Expression.OrElse);
            key = Expression.Condition(anyNull, Expression.Default(keyType), Expression.Convert(key, keyType));
        }
        return Expression.Lambda(key, element);
    }
}
