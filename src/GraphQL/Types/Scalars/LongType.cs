using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>HotChocolate's <c>Long</c>: a signed 64-bit integer, with the same rules as <c>Int</c>.</summary>
public sealed class LongType : ScalarType
{
    public LongType() : base("Long")
    {
        Description = "The `Long` scalar type represents a signed 64-bit whole number, "
            + "from -(2^63) to 2^63 - 1.";
    }

    public override Type RuntimeType => typeof(long);

    public override object Serialize(object value) => value is long ? value : Convert(value);

    public override object ParseValue(object value) => value is long ? value : Convert(value);

    public override object ParseLiteral(IValueNode literal)
    {
        if (literal is not IntValueNode integer)
        {
            throw new CoercionException($"Long cannot represent non-integer value: {ValueDisplay.Of(literal)}");
        }
        return long.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw OutOfRange(integer.Value);
    }

    public override IValueNode ValueToLiteral(object value) =>
        new IntValueNode(((long)Serialize(value)).ToString(CultureInfo.InvariantCulture));

    private static object Convert(object value) => NumericConversions.ToInt64(value, out var result) switch
    {
        NumericConversion.Success => result,
        NumericConversion.OutOfRange => throw OutOfRange(ValueDisplay.Of(value)),
        _ => throw new CoercionException($"Long cannot represent non-integer value: {ValueDisplay.Of(value)}"),
    };

    private static CoercionException OutOfRange(string shownValue) =>
        new($"Long cannot represent a value outside the 64-bit signed range: {shownValue}");
}
