using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class DecimalTypeTests
{
    private static readonly DecimalType Decimal = BuiltInScalars.Decimal;

    public static TheoryData<object, decimal> SerializableValues => new()
    {
        { 1.50m, 1.50m },
        { 2, 2m },
        { 3L, 3m },
        { 0.25, 0.25m },
        { ulong.MaxValue, 18446744073709551615m },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serialize_accepts_numbers_that_fit(object value, decimal expected) =>
        Assert.Equal(expected, Decimal.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "Decimal cannot represent a value outside its range: NaN")]
    [InlineData(1e30, "Decimal cannot represent a value outside its range: 1E+30")]
    [InlineData("1", "Decimal cannot represent non-numeric value: \"1\"")]
    public void Serialize_rejects_other_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Decimal.Serialize(value));

    public static TheoryData<object, decimal> VariableValues => new()
    {
        { 12.34m, 12.34m },
        { 7L, 7m },
        { 0.5, 0.5m },
    };

    [Theory]
    [MemberData(nameof(VariableValues))]
    public void ParseValue_accepts_numbers(object value, decimal expected) =>
        Assert.Equal(expected, Decimal.ParseValue(value));

    [Fact]
    public void ParseValue_rejects_strings() =>
        ScalarAssert.Fails("Decimal cannot represent non-numeric value: \"12.34\"", () => Decimal.ParseValue("12.34"));

    public static TheoryData<IValueNode, decimal> ValidLiterals => new()
    {
        { new IntValueNode("10"), 10m },
        { new FloatValueNode("1.50"), 1.50m },
        { new FloatValueNode("1e2"), 100m },
        { new FloatValueNode("79228162514264337593543950335.0"), decimal.MaxValue },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public void ParseLiteral_accepts_integer_and_float_literals(IValueNode literal, decimal expected) =>
        Assert.Equal(expected, Decimal.ParseLiteral(literal));

    public static TheoryData<IValueNode, string> InvalidLiterals => new()
    {
        { new FloatValueNode("1e40"), "Decimal cannot represent a value outside its range: 1e40" },
        { new StringValueNode("1"), "Decimal cannot represent non-numeric value: \"1\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void ParseLiteral_rejects_other_literals(IValueNode literal, string message) =>
        ScalarAssert.Fails(message, () => Decimal.ParseLiteral(literal));

    [Fact]
    public void ValueToLiteral_keeps_the_scale_of_fractions()
    {
        ScalarAssert.Literal(SyntaxKind.FloatValue, "1.50", Decimal.ValueToLiteral(1.50m));
        ScalarAssert.Literal(SyntaxKind.IntValue, "3", Decimal.ValueToLiteral(3m));
    }
}
