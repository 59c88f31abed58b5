using System.Globalization;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// The spec's <c>Float</c>: a finite IEEE 754 double. Any CLR number is accepted; NaN and infinities are not.
/// Integer literals are accepted as input.
/// </summary>
public sealed class FloatType : ScalarType
{
    public FloatType() : base("Float")
    {
        Description = "The `Float` scalar type represents signed double-precision finite numbers "
            + "as specified by IEEE 754.";
    }

    public override Type RuntimeType => typeof(double);

    public override object Serialize(object value) => value is double d && double.IsFinite(d) ? value : Convert(value);

    public override object ParseValue(object value) => value is double d && double.IsFinite(d) ? value : Convert(value);

    public override object ParseLiteral(IValueNode literal)
    {
        var text = literal switch
        {
            IntValueNode integer => integer.Value,
            FloatValueNode number => number.Value,
            _ => throw new CoercionException($"Float cannot represent non-numeric value: {ValueDisplay.Of(literal)}"),
        };
        var result = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(result)
            ? result
            : throw new CoercionException($"Float cannot represent a value this large: {text}");
    }

    /// <summary>Integral values become integer literals (<c>1</c>, not <c>1.0</c>), as graphql-js prints them.</summary>
    public override IValueNode ValueToLiteral(object value)
    {
        var text = ((double)Serialize(value)).ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny('.', 'E') < 0 ? new IntValueNode(text) : new FloatValueNode(text);
    }

    private static object Convert(object value) => NumericConversions.ToDouble(value, out var result) switch
    {
        NumericConversion.Success => result,
        NumericConversion.OutOfRange => throw new CoercionException($"Float cannot represent a non-finite value: {ValueDisplay.Of(value)}"),
        _ => throw new CoercionException($"Float cannot represent non-numeric value: {ValueDisplay.Of(value)}"),
    };
}
