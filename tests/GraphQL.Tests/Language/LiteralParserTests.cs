using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class LiteralParserTests
{
    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("7")]
    [InlineData("-42")]
    [InlineData("123456789012345678901234567890")]
    public void Parses_ints_keeping_their_text(string literal) =>
        Assert.Equal(literal, Assert.IsType<IntValueNode>(Parser.ParseValue(literal)).Value);

    [Theory]
    [InlineData("0.0")]
    [InlineData("-1.5")]
    [InlineData("1e10")]
    [InlineData("1E-5")]
    [InlineData("6.02e+23")]
    [InlineData("-0.5e0")]
    public void Parses_floats_keeping_their_text(string literal) =>
        Assert.Equal(literal, Assert.IsType<FloatValueNode>(Parser.ParseValue(literal)).Value);

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"plain text\"", "plain text")]
    [InlineData("\"quote \\\" backslash \\\\ slash \\/\"", "quote \" backslash \\ slash /")]
    [InlineData("\"\\b\\f\\n\\r\\t\"", "\b\f\n\r\t")]
    [InlineData("\"\\u0041\\u00e9\\u00E9\"", "A\u00e9\u00e9")]
    [InlineData("\"\\u{41}\\u{1F600}\\u{000000041}\"", "A\U0001F600A")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\\u{10FFFF}\"", "\U0010FFFF")]
    [InlineData("\"raw \U0001F600 and \u00e9\"", "raw \U0001F600 and \u00e9")]
    [InlineData("\"tab\tand control \u0007 are kept\"", "tab\tand control \u0007 are kept")]
    [InlineData("\"# not a comment, \"", "# not a comment, ")]
    public void Parses_strings_resolving_escapes(string literal, string expected)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(literal));
        Assert.Equal(expected, value.Value);
        Assert.False(value.Block);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Parses_booleans(string literal, bool expected) =>
        Assert.Equal(expected, Assert.IsType<BooleanValueNode>(Parser.ParseValue(literal)).Value);

    [Fact]
    public void Parses_null_enums_lists_objects_and_variables()
    {
        Assert.IsType<NullValueNode>(Parser.ParseValue("null"));
        Assert.Equal("NULLABLE", Assert.IsType<EnumValueNode>(Parser.ParseValue("NULLABLE")).Value);
        var list = Assert.IsType<ListValueNode>(Parser.ParseValue("[1, \"two\" [3] {four: 4} $five]"));
        Assert.Equal(
            [SyntaxKind.IntValue, SyntaxKind.StringValue, SyntaxKind.ListValue, SyntaxKind.ObjectValue, SyntaxKind.Variable],
            list.Values.Select(v => v.Kind));
        var variable = Assert.IsType<VariableNode>(Parser.ParseValue("$five"));
        Assert.Equal("five", variable.Name.Value);
        var constant = Assert.IsType<ObjectValueNode>(Parser.ParseConstValue("{a: [1], b: {c: null}}"));
        Assert.Equal(["a", "b"], constant.Fields.Select(f => f.Name.Value));
    }

    [Fact]
    public void Value_locations_cover_their_tokens()
    {
        const string source = "{key: [1, \"\\u0041\"], other: \"\"\"block\"\"\"}";
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue(source));
        SyntaxAssert.Spans(source, value, source, 1, 1);
        SyntaxAssert.Spans(source, value.Fields[0], "key: [1, \"\\u0041\"]", 1, 2);
        var list = (ListValueNode)value.Fields[0].Value;
        SyntaxAssert.Spans(source, (SyntaxNode)list.Values[1], "\"\\u0041\"", 1, 11);
        SyntaxAssert.Spans(source, (SyntaxNode)value.Fields[1].Value, "\"\"\"block\"\"\"", 1, 29);
    }

    [Fact]
    public void Parses_type_references()
    {
        var type = Assert.IsType<NonNullTypeNode>(Parser.ParseType("[[String!]]!"));
        var outer = Assert.IsType<ListTypeNode>(type.Type);
        var inner = Assert.IsType<ListTypeNode>(outer.Type);
        var item = Assert.IsType<NonNullTypeNode>(inner.Type);
        Assert.Equal("String", Assert.IsType<NamedTypeNode>(item.Type).Name.Value);
        Assert.Equal("String", type.NamedType().Name.Value);
        SyntaxAssert.Spans("[[String!]]!", inner, "[String!]", 1, 2);
    }
}
