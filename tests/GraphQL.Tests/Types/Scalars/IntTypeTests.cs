using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class IntTypeTests
{
    private static readonly IntType Int = BuiltInScalars.Int;

    public static TheoryData<object, int> SerializableValues => new()
    {
        { 42, 42 },
        { int.MinValue, int.MinValue },
        { 5L, 5 },
        { (short)-3, -3 },
        { (byte)7, 7 },
        { 4u, 4 },
        { 9UL, 9 },
        { 1.0, 1 },
        { 2f, 2 },
        { 7m, 7 },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serialize_accepts_integral_numbers_in_range(object value, int expected) =>
        Assert.Equal(expected, Int.Serialize(value));

    [Fact]
    public void Serialize_returns_an_int_as_is_without_boxing_again()
    {
        object boxed = 12;
        Assert.Same(boxed, Int.Serialize(boxed));
    }

    public static TheoryData<object, string> UnserializableValues => new()
    {
        { 1.5, "Int cannot represent non-integer value: 1.5" },
        { 0.1m, "Int cannot represent non-integer value: 0.1" },
        { double.NaN, "Int cannot represent non-integer value: NaN" },
        { "1", "Int cannot represent non-integer value: \"1\"" },
        { true, "Int cannot represent non-integer value: true" },
        { 3000000000L, "Int cannot represent a value outside the 32-bit signed range: 3000000000" },
        { 1e10, "Int cannot represent a value outside the 32-bit signed range: 10000000000" },
        { ulong.MaxValue, "Int cannot represent a value outside the 32-bit signed range: 18446744073709551615" },
    };

    [Theory]
    [MemberData(nameof(UnserializableValues))]
    public void Serialize_rejects_fractional_non_numeric_and_out_of_range_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Int.Serialize(value));

    [Theory]
    [InlineData(5L, 5)]
    [InlineData(5, 5)]
    [InlineData(-2147483648L, int.MinValue)]
    [InlineData(3.0, 3)]
    public void ParseValue_accepts_integral_variable_values(object value, int expected) =>
        Assert.Equal(expected, Int.ParseValue(value));

    [Theory]
    [InlineData(2147483648L, "Int cannot represent a value outside the 32-bit signed range: 2147483648")]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("5", "Int cannot represent non-integer value: \"5\"")]
    [InlineData(false, "Int cannot represent non-integer value: false")]
    public void ParseValue_rejects_other_variable_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Int.ParseValue(value));

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("2147483647", int.MaxValue)]
    public void ParseLiteral_accepts_integer_literals(string text, int expected) =>
        Assert.Equal(expected, Int.ParseLiteral(new IntValueNode(text)));

    public static TheoryData<IValueNode, string> InvalidLiterals => new()
    {
        { new FloatValueNode("1.0"), "Int cannot represent non-integer value: 1.0" },
        { new FloatValueNode("1.5"), "Int cannot represent non-integer value: 1.5" },
        { new IntValueNode("2147483648"), "Int cannot represent a value outside the 32-bit signed range: 2147483648" },
        { new StringValueNode("1"), "Int cannot represent non-integer value: \"1\"" },
        { new BooleanValueNode(true), "Int cannot represent non-integer value: true" },
    };

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void ParseLiteral_rejects_floats_strings_and_out_of_range_integers(IValueNode literal, string message) =>
        ScalarAssert.Fails(message, () => Int.ParseLiteral(literal));

    [Fact]
    public void ValueToLiteral_makes_an_integer_literal()
    {
        ScalarAssert.Literal(SyntaxKind.IntValue, "-5", Int.ValueToLiteral(-5));
        ScalarAssert.Literal(SyntaxKind.IntValue, "3", Int.ValueToLiteral(3L));
        ScalarAssert.Fails("Int cannot represent non-integer value: 2.5", () => Int.ValueToLiteral(2.5));
    }
}
