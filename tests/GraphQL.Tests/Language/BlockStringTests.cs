using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class BlockStringTests
{
    private static string Value(string blockString)
    {
        var value = Assert.IsType<StringValueNode>(Parser.ParseValue(blockString));
        Assert.True(value.Block);
        return value.Value;
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\"  first line keeps its indentation\"\"\"", "  first line keeps its indentation")]
    [InlineData("\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\"\"\"\n\n  \n  leading and trailing blank lines go\n  \t\n\n\"\"\"", "leading and trailing blank lines go")]
    [InlineData("\"\"\"first\n    second\n      third\"\"\"", "first\nsecond\n  third")]
    [InlineData("\"\"\"\r\n  crlf\r\n  and cr\r  lines\r\n\"\"\"", "crlf\nand cr\nlines")]
    [InlineData("\"\"\"\n\tTabs\n\t  count as indentation\n\"\"\"", "Tabs\n  count as indentation")]
    [InlineData("\"\"\"\n  blank lines shorter\n\n    than the indent\n\"\"\"", "blank lines shorter\n\n  than the indent")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041 here\"\"\"", "no \\n escapes \\u0041 here")]
    [InlineData("\"\"\"a \"quoted\" \"\" word\"\"\"", "a \"quoted\" \"\" word")]
    [InlineData("\"\"\"   \n   \"\"\"", "")]
    public void Applies_the_block_string_value_algorithm(string source, string expected) =>
        Assert.Equal(expected, Value(source));

    [Fact]
    public void Lines_inside_a_block_string_are_counted()
    {
        const string source = "type T {\n  \"\"\"\n  A field\n  on two lines\n  \"\"\"\n  field: Int\n}";
        var field = ((ObjectTypeDefinitionNode)Parser.Parse(source).Definitions[0]).Fields[0];
        Assert.Equal("A field\non two lines", field.Description?.Value);
        SyntaxAssert.Spans(source, field.Name, "field", 6, 3);
    }
}
