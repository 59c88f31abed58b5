using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using static GraphQL.Data.FilterOperations;

namespace GraphQL.Data;

/// <summary>The expression of each filter operation on a member, in forms EF Core and Npgsql translate to SQL.</summary>
internal static class FilterExpressions
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    // ToLower(), not ToLowerInvariant(): Npgsql translates only the former (to lower()).
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    /// <summary>The member is null; never true for a member that cannot be null.</summary>
    public static Expression IsNull(Expression member, FilterOperand operand) => operand.AcceptsNull
        ? Expression.Equal(member, Expression.Constant(null, member.Type))
        : Expression.Constant(false);

    /// <summary>The member is one of the values: <c>Enumerable.Contains(values, member)</c>, SQL's <c>= ANY(@values)</c> or <c>IN</c>.</summary>
    public static Expression In(FilterOperand operand, Expression member, IEnumerable values) =>
        Expression.Call(operand.ContainsMethod, operand.ArrayParameter(values), member);

    /// <summary>gt, ngt, gte, ngte, lt, nlt, lte, nlte: the negated forms are the exact negation of the others.</summary>
    public static Expression Comparison(string operation, Expression member, Expression value) => operation switch
    {
        GreaterThan => Expression.GreaterThan(member, value),
        NotGreaterThan => Expression.Not(Expression.GreaterThan(member, value)),
        GreaterThanOrEqual => Expression.GreaterThanOrEqual(member, value),
        NotGreaterThanOrEqual => Expression.Not(Expression.GreaterThanOrEqual(member, value)),
        LowerThan => Expression.LessThan(member, value),
        NotLowerThan => Expression.Not(Expression.LessThan(member, value)),
        LowerThanOrEqual => Expression.LessThanOrEqual(member, value),
        NotLowerThanOrEqual => Expression.Not(Expression.LessThanOrEqual(member, value)),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a comparison."),
    };

    /// <summary>
    /// eq, neq, contains, startsWith, endsWith and their negations on a string member. A null member matches no
    /// positive operation (so every negated one); with <paramref name="ignoreCase"/> both sides are lower-cased
    /// (<c>lower(column)</c> in SQL; the value is lower-cased before it is sent).
    /// </summary>
    public static Expression StringOperation(string operation, Expression member, object value, bool ignoreCase)
    {
        var text = (string)value;
        var compared = ignoreCase ? Expression.Call(member, StringToLower) : member;
        var parameter = ValueParameter.Of(ignoreCase ? text.ToLowerInvariant() : text, typeof(string));
        var (positive, negated) = operation switch
        {
            Equal => ((Expression)Expression.Equal(compared, parameter), false),
            NotEqual => (Expression.Equal(compared, parameter), true),
            Contains or NotContains => (Expression.Call(compared, StringContains, parameter), operation == NotContains),
            StartsWith or NotStartsWith => (Expression.Call(compared, StringStartsWith, parameter), operation == NotStartsWith),
            EndsWith or NotEndsWith => (Expression.Call(compared, StringEndsWith, parameter), operation == NotEndsWith),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Not a string operation."),
        };
        var guarded = Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), positive);
        return negated ? Expression.Not(guarded) : guarded;
    }
}
