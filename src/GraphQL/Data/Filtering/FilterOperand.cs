using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using GraphQL.Types.Conversion;

namespace GraphQL.Data;

/// <summary>
/// The CLR type a scalar or enum filter operation compares against (<c>int?</c>, <c>string</c>, an enum…), with what
/// turning input values into query parameters of that type needs, prepared once per type.
/// </summary>
internal sealed class FilterOperand
{
    public FilterOperand(Type memberType)
    {
        MemberType = memberType;
        AcceptsNull = !memberType.IsValueType || Nullable.GetUnderlyingType(memberType) is not null;
        ArrayType = memberType.MakeArrayType();
        _convert = InputValueConverter.For(memberType);
        _convertArray = InputValueConverter.For(ArrayType);
        ContainsMethod = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(memberType);
    }

    private readonly Func<object?, object?> _convert;
    private readonly Func<object?, object?> _convertArray;

    public Type MemberType { get; }

    /// <summary>Whether the property can be null (a reference type or <see cref="Nullable{T}"/>).</summary>
    public bool AcceptsNull { get; }

    public Type ArrayType { get; }

    /// <summary><c>Enumerable.Contains&lt;TMember&gt;(values, value)</c>: <c>in</c>, which SQL providers turn into <c>IN</c> or <c>= ANY</c>.</summary>
    public MethodInfo ContainsMethod { get; }

    /// <summary>The input value (a scalar's or enum's runtime value) as a query parameter of the property's type.</summary>
    public Expression Parameter(object value) => ValueParameter.Of(Normalize(_convert(value)), MemberType);

    /// <summary>
    /// Times as UTC: the same instant, in the only offset Npgsql writes to <c>timestamptz</c>
    /// (<c>2026-01-01T02:00:00+02:00</c> is compared as <c>2026-01-01T00:00:00Z</c>).
    /// </summary>
    private static object? Normalize(object? value) => value is DateTimeOffset time ? time.ToUniversalTime() : value;

    /// <summary>
    /// The values of <c>in</c>/<c>nin</c> as a parameter array of the property's type. Null items are dropped when the
    /// property cannot be null, as no row could match them.
    /// </summary>
    public Expression ArrayParameter(IEnumerable values)
    {
        var items = values.Cast<object?>().Where(value => value is not null || AcceptsNull).Select(Normalize).ToList();
        return ValueParameter.Of(_convertArray(items), ArrayType);
    }
}
