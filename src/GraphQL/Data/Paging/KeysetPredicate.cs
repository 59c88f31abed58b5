using System.Linq.Expressions;
using System.Reflection;

namespace GraphQL.Data;

/// <summary>
/// The <c>WHERE</c> of keyset paging: the rows that come after a cursor's values in an order, as the expanded
/// <c>(a &gt; x) OR (a = x AND b &gt; y) …</c>, with nulls last ascending and first descending. Cursor values are read
/// from a holder object, so EF Core sends them as parameters and reuses its compiled query for every page.
/// </summary>
internal static class KeysetPredicate
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>Rows after <paramref name="values"/> in <paramref name="keys"/>' order; null when no row can be.</summary>
    public static Expression<Func<T, bool>>? After<T>(IReadOnlyList<SortKey> keys, object?[] values)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        Expression? any = null;
        Expression? equalSoFar = null;
        for (var i = 0; i < keys.Count; i++)
        {
            var key = Rebind(keys[i].Selector, parameter);
            var value = Value(values[i], keys[i].Type);
            if (After(keys[i], key, value, values[i] is null) is { } after)
            {
                any = Or(any, And(equalSoFar, after));
            }
            equalSoFar = And(equalSoFar, Equal(key, value, values[i] is null));
        }
        return any is null ? null : Expression.Lambda<Func<T, bool>>(any, parameter);
    }

    /// <summary>The key comes after the value; null when nothing can (a null is last ascending).</summary>
    private static Expression? After(SortKey key, Expression member, Expression value, bool valueIsNull)
    {
        if (!key.IsNullable)
        {
            return Compare(member, value, key.Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
        }
        var isNull = Expression.Equal(member, Expression.Constant(null, member.Type));
        if (key.Descending)
        {
            // Nulls first: after a null come the non-nulls; after a value, smaller values.
            return valueIsNull ? Expression.Not(isNull) : Compare(member, value, ExpressionType.LessThan);
        }
        // Nulls last: nothing is after a null; after a value, larger values, then the nulls.
        return valueIsNull ? null : Expression.OrElse(isNull, Compare(member, value, ExpressionType.GreaterThan));
    }

    private static Expression Equal(Expression member, Expression value, bool valueIsNull) =>
        valueIsNull ? Expression.Equal(member, Expression.Constant(null, member.Type)) : Expression.Equal(member, value);

    /// <summary>
    /// <c>member op value</c> for types without C# comparison operators too: strings through <c>string.Compare</c>
    /// (which EF Core translates to <c>&gt;</c>/<c>&lt;</c>), booleans as false &lt; true.
    /// </summary>
    private static Expression Compare(Expression member, Expression value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
        if (type == typeof(string))
        {
            return Expression.MakeBinary(comparison, Expression.Call(StringCompare, member, value), Expression.Constant(0));
        }
        if (type == typeof(bool))
        {
            // x > v: x is true and v false; x < v: x is false and v true.
            var wanted = comparison == ExpressionType.GreaterThan;
            return Expression.AndAlso(
                Expression.Equal(member, Expression.Constant(wanted, member.Type)),
                Expression.Equal(value, Expression.Constant(!wanted, member.Type)));
        }
        return Expression.MakeBinary(comparison, member, value);
    }

    /// <summary>The cursor value as an expression EF Core turns into a parameter: a read of a holder's field.</summary>
    private static Expression Value(object? value, Type type) =>
        Expression.Convert(Expression.Field(Expression.Constant(new Holder(value)), nameof(Holder.Value)), type);

    private static Expression And(Expression? left, Expression right) => left is null ? right : Expression.AndAlso(left, right);

    private static Expression Or(Expression? left, Expression right) => left is null ? right : Expression.OrElse(left, right);

    /// <summary>The selector's body over <paramref name="element"/> (a parameter, or a member that holds the element).</summary>
    internal static Expression Rebind(LambdaExpression selector, Expression element) =>
        new ParameterReplacer(selector.Parameters[0], element).Visit(selector.Body);

    /// <summary>Holds a cursor value; its field is what the query reads.</summary>
    private sealed class Holder(object? value)
    {
        public readonly object? Value = value;
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
