using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// The key selectors of one element type's sort paths (<c>x =&gt; x.Author.Name</c>) and the <see cref="Queryable"/>
/// ordering methods closed over their key types, made once per path and reused by every request.
/// </summary>
internal sealed class SortKeys<T>
{
    private static readonly MethodInfo[] Definitions =
    [
        QueryableMethod(nameof(Queryable.OrderBy)),
        QueryableMethod(nameof(Queryable.OrderByDescending)),
        QueryableMethod(nameof(Queryable.ThenBy)),
        QueryableMethod(nameof(Queryable.ThenByDescending)),
    ];

    private readonly ConcurrentDictionary<(string Path, bool InMemory), SortKey> _keys = new();

    /// <summary>The key of a property path.</summary>
    /// <param name="path">The properties from the element down to the key, first property outermost.</param>
    /// <param name="inMemory">
    /// For LINQ to objects, a null object on the path gives the key type's default (null first ascending) instead of
    /// failing; database providers get plain member access, which they order with a join and which indexes serve.
    /// </param>
    public SortKey Get(IReadOnlyList<SortField> path, bool inMemory) =>
        _keys.GetOrAdd((string.Join('.', path.Select(f => f.Property.Name)), inMemory), _ => Create(path, inMemory));

    private static SortKey Create(IReadOnlyList<SortField> path, bool inMemory)
    {
        var element = Expression.Parameter(typeof(T), "x");
        Expression key = element;
        var nullables = new List<Expression>();
        foreach (var field in path)
        {
            if (key != element && !key.Type.IsValueType)
            {
                nullables.Add(key);
            }
            key = Expression.Property(key, field.Property);
        }
        if (inMemory && nullables.Count > 0)
        {
            var keyType = key.Type.IsValueType && Nullable.GetUnderlyingType(key.Type) is null
                ? typeof(Nullable<>).MakeGenericType(key.Type)
                : key.Type;
            var anyNull = nullables.Select(n => (Expression)Expression.Equal(n, Expression.Constant(null, n.Type))).Aggregate(Expression.OrElse);
            key = Expression.Condition(anyNull, Expression.Default(keyType), Expression.Convert(key, keyType));
        }
        var selector = Expression.Quote(Expression.Lambda(key, element));
        return new SortKey(selector, [.. Definitions.Select(d => d.MakeGenericMethod(typeof(T), key.Type))]);
    }

    private static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods().Single(m => m.Name == name && m.GetParameters().Length == 2);
}

/// <summary>A quoted key selector and its OrderBy, OrderByDescending, ThenBy, ThenByDescending methods.</summary>
internal sealed record SortKey(Expression Selector, MethodInfo[] Methods)
{
    /// <summary>The query ordered by this key: OrderBy for the first key, ThenBy for the next ones.</summary>
    public IQueryable<T> Apply<T>(IQueryable<T> query, bool isFirst, SortEnumType direction)
    {
        var method = Methods[(isFirst ? 0 : 2) + (direction == SortEnumType.Desc ? 1 : 0)];
        return query.Provider.CreateQuery<T>(Expression.Call(method, query.Expression, Selector));
    }
}
