using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class FloatTypeTests
{
    private static readonly FloatType Float = BuiltInScalars.Float;

    public static TheoryData<object, double> SerializableValues => new()
    {
        { 1.5, 1.5 },
        { 2, 2.0 },
        { 3L, 3.0 },
        { 1.25f, 1.25 },
        { 0.5m, 0.5 },
        { ulong.MaxValue, 18446744073709551615.0 },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serialize_accepts_any_finite_number(object value, double expected) =>
        Assert.Equal(expected, Float.Serialize(value));

    [Theory]
    [InlineData(double.NaN, "Float cannot represent a non-finite value: NaN")]
    [InlineData(double.PositiveInfinity, "Float cannot represent a non-finite value: Infinity")]
    [InlineData(float.NegativeInfinity, "Float cannot represent a non-finite value: -Infinity")]
    [InlineData("1.5", "Float cannot represent non-numeric value: \"1.5\"")]
    [InlineData(true, "Float cannot represent non-numeric value: true")]
    public void Serialize_rejects_non_finite_and_non_numeric_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Float.Serialize(value));

    [Theory]
    [InlineData(1.5, 1.5)]
    [InlineData(10L, 10.0)]
    [InlineData(3, 3.0)]
    public void ParseValue_accepts_numbers(object value, double expected) =>
        Assert.Equal(expected, Float.ParseValue(value));

    [Theory]
    [InlineData("1", "Float cannot represent non-numeric value: \"1\"")]
    [InlineData(double.NaN, "Float cannot represent a non-finite value: NaN")]
    public void ParseValue_rejects_other_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Float.ParseValue(value));

    public static TheoryData<IValueNode, double> ValidLiterals => new()
    {
        { new IntValueNode("1"), 1.0 },
        { new FloatValueNode("1.5"), 1.5 },
        { new FloatValueNode("-1.5e3"), -1500.0 },
        { new FloatValueNode("2E-2"), 0.02 },
    };

    [Theory]
    [MemberData(nameof(ValidLiterals))]
    public void ParseLiteral_accepts_integer_and_float_literals(IValueNode literal, double expected) =>
        Assert.Equal(expected, Float.ParseLiteral(literal));

    public static TheoryData<IValueNode, string> InvalidLiterals => new()
    {
        { new FloatValueNode("1e400"), "Float cannot represent a value this large: 1e400" },
        { new StringValueNode("1.5"), "Float cannot represent non-numeric value: \"1.5\"" },
        { new EnumValueNode("NaN"), "Float cannot represent non-numeric value: NaN" },
    };

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void ParseLiteral_rejects_other_literals(IValueNode literal, string message) =>
        ScalarAssert.Fails(message, () => Float.ParseLiteral(literal));

    [Fact]
    public void ValueToLiteral_prints_whole_numbers_as_integers_like_graphql_js()
    {
        ScalarAssert.Literal(SyntaxKind.IntValue, "1", Float.ValueToLiteral(1.0));
        ScalarAssert.Literal(SyntaxKind.FloatValue, "1.5", Float.ValueToLiteral(1.5));
        ScalarAssert.Literal(SyntaxKind.FloatValue, "1E+21", Float.ValueToLiteral(1e21));
    }
}
