using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// Builds <c>OrderBy</c>/<c>ThenBy</c> and <c>Take</c> calls over <see cref="Queryable"/> or <see cref="Enumerable"/> for
/// sort keys whose types are known only at run time; the generic methods are made once per type pair and cached.
/// A nullable key is ordered first by whether it is null, so nulls sort last ascending and first descending on every
/// provider (PostgreSQL's default; LINQ to Objects alone would put them first).
/// </summary>
internal static class Ordering
{
    private static readonly ConcurrentDictionary<(bool Queryable, string Name, Type Element, Type Key), MethodInfo> Methods = new();
    private static readonly ConcurrentDictionary<(bool Queryable, Type Element), MethodInfo> TakeMethods = new();

    /// <summary>
    /// Orders <paramref name="source"/> by <paramref name="keys"/>; with <paramref name="through"/> (<c>row =&gt; row.Item</c>),
    /// elements of another type are ordered by the keys of the item each holds.
    /// </summary>
    public static Expression Apply(Expression source, Type elementType, IReadOnlyList<SortKey> keys, bool queryable, LambdaExpression? through = null)
    {
        var result = source;
        var first = true;
        foreach (var key in keys)
        {
            var selector = through is null
                ? key.Selector
                : Expression.Lambda(KeysetPredicate.Rebind(key.Selector, through.Body), through.Parameters);
            if (key.IsNullable)
            {
                var isNull = Expression.Lambda(Expression.Equal(selector.Body, Expression.Constant(null, key.Type)), selector.Parameters);
                result = Order(result, elementType, isNull, key.Descending, first, queryable);
                first = false;
            }
            result = Order(result, elementType, selector, key.Descending, first, queryable);
            first = false;
        }
        return result;
    }

    public static Expression Take(Expression source, Type elementType, int count, bool queryable)
    {
        var method = TakeMethods.GetOrAdd((queryable, elementType), static k =>
            (k.Queryable ? typeof(Queryable) : typeof(Enumerable)).GetMethods()
                .Single(m => m.Name == "Take" && m.GetParameters()[1].ParameterType == typeof(int))
                .MakeGenericMethod(k.Element));
        return Expression.Call(method, source, Expression.Constant(count));
    }

    /// <summary>One OrderBy, ThenBy or their Descending forms (also used by the sorting middleware).</summary>
    internal static Expression Order(Expression source, Type elementType, LambdaExpression selector, bool descending, bool first, bool queryable)
    {
        var name = (first ? "OrderBy" : "ThenBy") + (descending ? "Descending" : "");
        var method = Methods.GetOrAdd((queryable, name, elementType, selector.ReturnType), static k =>
            (k.Queryable ? typeof(Queryable) : typeof(Enumerable)).GetMethods()
                .Single(m => m.Name == k.Name && m.GetParameters().Length == 2)
                .MakeGenericMethod(k.Element, k.Key));
        return Expression.Call(method, source, queryable ? Expression.Quote(selector) : selector);
    }
}
