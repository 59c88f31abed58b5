using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// HotChocolate's <c>Decimal</c>: a .NET <see cref="decimal"/> (28-29 significant digits), serialized as a JSON number.
/// Integer and float literals are accepted.
/// </summary>
public sealed class DecimalType : ScalarType
{
    public DecimalType() : base("Decimal")
    {
        Description = "The `Decimal` scalar type represents a signed decimal number with up to 28 significant digits, "
            + "for amounts that must not suffer binary floating-point rounding.";
    }

    public override Type RuntimeType => typeof(decimal);

    public override object Serialize(object value) => value is decimal ? value : Convert(value);

    public override object ParseValue(object value) => value is decimal ? value : Convert(value);

    public override object ParseLiteral(IValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => throw new CoercionException($"Decimal cannot represent non-numeric value: {ValueDisplay.Of(literal)}"),
        };
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw OutOfRange(text);
    }

    /// <summary>Whole values become integer literals, others float literals keeping their scale (<c>1.50</c>).</summary>
    public override IValueNode ValueToLiteral(object value)
    {
        var text = ((decimal)Serialize(value)).ToString(CultureInfo.InvariantCulture);
        return text.Contains('.') ? new FloatValueNode(text) : new IntValueNode(text);
    }

    private static object Convert(object value) => NumericConversions.ToDecimal(value, out var result) switch
    {
        NumericConversion.Success => result,
        NumericConversion.OutOfRange => throw OutOfRange(ValueDisplay.Of(value)),
        _ => throw new CoercionException($"Decimal cannot represent non-numeric value: {ValueDisplay.Of(value)}"),
    };

    private static CoercionException OutOfRange(string shownValue) =>
        new($"Decimal cannot represent a value outside its range: {shownValue}");
}
