using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class LongTypeTests
{
    private static readonly LongType Long = BuiltInScalars.Long;

    public static TheoryData<object, long> SerializableValues => new()
    {
        { 5L, 5L },
        { long.MaxValue, long.MaxValue },
        { 42, 42L },
        { (ushort)8, 8L },
        { 1.0, 1L },
        { 123m, 123L },
        { (ulong)long.MaxValue, long.MaxValue },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serialize_accepts_integral_numbers_in_range(object value, long expected) =>
        Assert.Equal(expected, Long.Serialize(value));

    [Theory]
    [InlineData(1.5, "Long cannot represent non-integer value: 1.5")]
    [InlineData("1", "Long cannot represent non-integer value: \"1\"")]
    [InlineData(ulong.MaxValue, "Long cannot represent a value outside the 64-bit signed range: 18446744073709551615")]
    [InlineData(1e19, "Long cannot represent a value outside the 64-bit signed range: 1E+19")]
    public void Serialize_rejects_other_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Long.Serialize(value));

    [Theory]
    [InlineData(9007199254740993L, 9007199254740993L)]
    [InlineData(7, 7L)]
    [InlineData(-4.0, -4L)]
    public void ParseValue_accepts_integral_variable_values(object value, long expected) =>
        Assert.Equal(expected, Long.ParseValue(value));

    [Theory]
    [InlineData(0.5, "Long cannot represent non-integer value: 0.5")]
    [InlineData(true, "Long cannot represent non-integer value: true")]
    public void ParseValue_rejects_other_variable_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Long.ParseValue(value));

    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void ParseLiteral_accepts_64_bit_integer_literals(string text, long expected) =>
        Assert.Equal(expected, Long.ParseLiteral(new IntValueNode(text)));

    public static TheoryData<IValueNode, string> InvalidLiterals => new()
    {
        { new IntValueNode("9223372036854775808"), "Long cannot represent a value outside the 64-bit signed range: 9223372036854775808" },
        { new FloatValueNode("2.0"), "Long cannot represent non-integer value: 2.0" },
        { new StringValueNode("2"), "Long cannot represent non-integer value: \"2\"" },
    };

    [Theory]
    [MemberData(nameof(InvalidLiterals))]
    public void ParseLiteral_rejects_other_literals(IValueNode literal, string message) =>
        ScalarAssert.Fails(message, () => Long.ParseLiteral(literal));

    [Fact]
    public void ValueToLiteral_makes_an_integer_literal() =>
        ScalarAssert.Literal(SyntaxKind.IntValue, "9223372036854775807", Long.ValueToLiteral(long.MaxValue));
}
