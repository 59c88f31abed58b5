using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// The spec's <c>Int</c>: a signed 32-bit integer. Results may be any CLR number with an integral value in range
/// (so <c>1.0</c> serializes as <c>1</c>); variables likewise; literals must be integer literals.
/// </summary>
public sealed class IntType : ScalarType
{
    public IntType() : base("Int")
    {
        Description = "The `Int` scalar type represents a signed 32-bit whole number, "
            + "from -(2^31) to 2^31 - 1.";
    }

    public override Type RuntimeType => typeof(int);

    public override object Serialize(object value) => value is int ? value : Convert(value);

    public override object ParseValue(object value) => value is int ? value : Convert(value);

    public override object ParseLiteral(IValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {ValueDisplay.Of(literal)}");
        }
        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw OutOfRange(integer.Value);
    }

    public override IValueNode ValueToLiteral(object value) =>
        new IntValueNode(((int)Serialize(value)).ToString(CultureInfo.InvariantCulture));

    private static object Convert(object value) => NumericConversions.ToInt32(value, out var result) switch
    {
        NumericConversion.Success => result,
        NumericConversion.OutOfRange => throw OutOfRange(ValueDisplay.Of(value)),
        _ => throw new CoercionException($"Int cannot represent non-integer value: {ValueDisplay.Of(value)}"),
    };

    private static CoercionException OutOfRange(string shownValue) =>
        new($"Int cannot represent a value outside the 32-bit signed range: {shownValue}");
}
