using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class StringTypeTests
{
    private static readonly StringType String = BuiltInScalars.String;

    [Fact]
    public void Serialize_accepts_strings_as_is_and_chars()
    {
        const string text = "héllo";
        Assert.Same(text, String.Serialize(text));
        Assert.Equal("c", String.Serialize('c'));
    }

    [Theory]
    [InlineData(5, "String cannot represent a non-string value: 5")]
    [InlineData(true, "String cannot represent a non-string value: true")]
    [InlineData(1.5, "String cannot represent a non-string value: 1.5")]
    public void Serialize_rejects_non_strings(object value, string message) =>
        ScalarAssert.Fails(message, () => String.Serialize(value));

    [Fact]
    public void ParseValue_accepts_only_strings()
    {
        Assert.Equal("x", String.ParseValue("x"));
        ScalarAssert.Fails("String cannot represent a non-string value: 5", () => String.ParseValue(5L));
    }

    [Fact]
    public void ParseLiteral_accepts_only_string_literals()
    {
        Assert.Equal("a \"quoted\" text", String.ParseLiteral(new StringValueNode("a \"quoted\" text")));
        Assert.Equal("block", String.ParseLiteral(new StringValueNode("block", block: true)));
        ScalarAssert.Fails("String cannot represent a non-string value: 5", () => String.ParseLiteral(new IntValueNode("5")));
        ScalarAssert.Fails("String cannot represent a non-string value: RED", () => String.ParseLiteral(new EnumValueNode("RED")));
    }

    [Fact]
    public void ValueToLiteral_makes_a_string_literal() =>
        ScalarAssert.Literal(SyntaxKind.StringValue, "hi", String.ValueToLiteral("hi"));

    [Fact]
    public void Error_messages_escape_quotes_and_control_characters() =>
        ScalarAssert.Fails("Int cannot represent non-integer value: \"a\\\"b\\n\"", () => BuiltInScalars.Int.ParseValue("a\"b\n"));
}

public class BooleanTypeTests
{
    private static readonly BooleanType Boolean = BuiltInScalars.Boolean;

    [Fact]
    public void Serialize_accepts_only_booleans()
    {
        object boxed = true;
        Assert.Same(boxed, Boolean.Serialize(boxed));
        ScalarAssert.Fails("Boolean cannot represent a non-boolean value: 1", () => Boolean.Serialize(1));
        ScalarAssert.Fails("Boolean cannot represent a non-boolean value: \"true\"", () => Boolean.Serialize("true"));
    }

    [Fact]
    public void ParseValue_accepts_only_booleans()
    {
        Assert.Equal(false, Boolean.ParseValue(false));
        ScalarAssert.Fails("Boolean cannot represent a non-boolean value: 0", () => Boolean.ParseValue(0L));
    }

    [Fact]
    public void ParseLiteral_accepts_only_boolean_literals()
    {
        Assert.Equal(true, Boolean.ParseLiteral(new BooleanValueNode(true)));
        Assert.Equal(false, Boolean.ParseLiteral(new BooleanValueNode(false)));
        ScalarAssert.Fails("Boolean cannot represent a non-boolean value: 1", () => Boolean.ParseLiteral(new IntValueNode("1")));
        ScalarAssert.Fails("Boolean cannot represent a non-boolean value: \"true\"", () => Boolean.ParseLiteral(new StringValueNode("true")));
    }

    [Fact]
    public void ValueToLiteral_makes_a_boolean_literal() =>
        ScalarAssert.Literal(SyntaxKind.BooleanValue, "true", Boolean.ValueToLiteral(true));
}

public class IdTypeTests
{
    private static readonly IdType Id = BuiltInScalars.ID;

    public static TheoryData<object, string> SerializableValues => new()
    {
        { "abc", "abc" },
        { 5, "5" },
        { -5L, "-5" },
        { ulong.MaxValue, "18446744073709551615" },
        { new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "0f8fad5b-d9cb-469f-a165-70867728950e" },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serialize_writes_strings_integers_and_guids_as_strings(object value, string expected) =>
        Assert.Equal(expected, Id.Serialize(value));

    [Theory]
    [InlineData(1.5, "ID cannot represent value: 1.5")]
    [InlineData(true, "ID cannot represent value: true")]
    public void Serialize_rejects_other_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Id.Serialize(value));

    [Theory]
    [InlineData("x", "x")]
    [InlineData(5L, "5")]
    [InlineData(7, "7")]
    [InlineData(5.0, "5")]
    public void ParseValue_accepts_strings_and_integers(object value, string expected) =>
        Assert.Equal(expected, Id.ParseValue(value));

    [Theory]
    [InlineData(1.5, "ID cannot represent a non-string and non-integer value: 1.5")]
    [InlineData(true, "ID cannot represent a non-string and non-integer value: true")]
    public void ParseValue_rejects_other_values(object value, string message) =>
        ScalarAssert.Fails(message, () => Id.ParseValue(value));

    [Fact]
    public void ParseLiteral_accepts_string_and_integer_literals()
    {
        Assert.Equal("x", Id.ParseLiteral(new StringValueNode("x")));
        Assert.Equal("123", Id.ParseLiteral(new IntValueNode("123")));
        ScalarAssert.Fails("ID cannot represent a non-string and non-integer value: 1.5", () => Id.ParseLiteral(new FloatValueNode("1.5")));
        ScalarAssert.Fails("ID cannot represent a non-string and non-integer value: true", () => Id.ParseLiteral(new BooleanValueNode(true)));
    }

    [Fact]
    public void ValueToLiteral_makes_a_string_literal() =>
        ScalarAssert.Literal(SyntaxKind.StringValue, "42", Id.ValueToLiteral(42));
}
