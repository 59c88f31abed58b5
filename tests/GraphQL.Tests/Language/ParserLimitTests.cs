using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class ParserLimitTests
{
    [Fact]
    public void Defaults_are_on()
    {
        Assert.Equal(100_000, ParserOptions.Default.MaxTokens);
        Assert.Equal(100, ParserOptions.Default.MaxDepth);
        Assert.False(ParserOptions.Default.NoLocations);
    }

    [Fact]
    public void Limits_must_be_positive()
    {
        Assert.Equal("MaxTokens", Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxTokens = 0 }).ParamName);
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new ParserOptions { MaxDepth = -1 }).ParamName);
    }

    [Fact]
    public void Default_token_limit_stops_large_documents()
    {
        var fields = string.Join(' ', Enumerable.Repeat("a", 99_998));
        Assert.Equal(99_998, ((OperationDefinitionNode)Parser.Parse("{ " + fields + " }").Definitions[0]).SelectionSet.Selections.Count);

        var tooLong = "{ " + fields + " a }";
        var exception = SyntaxAssert.Fails(tooLong);
        Assert.Equal("Syntax Error: Document contains more than 100000 tokens. Parsing aborted.", exception.Message);
        Assert.Equal(tooLong.Length, exception.Location.Column);
    }

    [Fact]
    public void Token_limit_is_configurable_and_ignores_commas_and_comments()
    {
        var options = new ParserOptions { MaxTokens = 5 };
        Assert.NotNull(Parser.Parse("{ a, b, c } # comment, ,", options));
        SyntaxAssert.FailsWith("{ a b c d }", "Syntax Error: Document contains more than 5 tokens. Parsing aborted.", 1, 11, options);
        Assert.NotNull(Parser.Parse("{ a b c d }", new ParserOptions { MaxTokens = 6 }));
    }

    [Fact]
    public void Default_depth_limit_stops_deep_selection_sets()
    {
        Assert.NotNull(Parser.Parse(Nested("{a", 100, "}")));
        SyntaxAssert.FailsWith(
            Nested("{a", 101, "}"), "Syntax Error: Document is nested deeper than 100 levels. Parsing aborted.", 1, 201);
    }

    [Fact]
    public void Depth_limit_is_configurable_and_counts_values_and_list_types()
    {
        var options = new ParserOptions { MaxDepth = 3 };
        Assert.NotNull(Parser.Parse("{ a { b(x: [1]) } }", options));
        SyntaxAssert.FailsWith("{ a { b(x: [[1]]) } }", "Syntax Error: Document is nested deeper than 3 levels. Parsing aborted.", 1, 13, options);
        SyntaxAssert.FailsWith("{ a { b(x: {c: {d: 1}}) } }", "Syntax Error: Document is nested deeper than 3 levels. Parsing aborted.", 1, 16, options);
        SyntaxAssert.FailsWith("query($v: [[[[Int]]]]) { a }", "Syntax Error: Document is nested deeper than 3 levels. Parsing aborted.", 1, 14, options);
        Assert.Throws<SyntaxException>(() => Parser.ParseValue("[[[[1]]]]", options));
        Assert.Throws<SyntaxException>(() => Parser.ParseType("[[[[Int]]]]", options));
    }

    [Fact]
    public void Deep_nesting_without_limits_fails_with_a_syntax_error_not_a_stack_overflow()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var exception = Assert.Throws<SyntaxException>(() => Parser.ParseValue(new string('[', 2_000_000), options));
        Assert.Equal("Syntax Error: Document is nested too deeply for the available stack. Parsing aborted.", exception.Message);
    }

    private static string Nested(string open, int levels, string close) =>
        string.Concat(Enumerable.Repeat(open, levels)) + new string(close[0], levels);
}
