using GraphQL.Language;

namespace GraphQL.Tests.Language;

public class SyntaxTreeComparerTests
{
    [Theory]
    [InlineData("{ a }", "{ b }")]
    [InlineData("{ a }", "{ a b }")]
    [InlineData("{ a: b }", "{ b }")]
    [InlineData("query { a }", "mutation { a }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: \"s\") }", "{ a(x: \"t\") }")]
    [InlineData("{ a(x: true) }", "{ a(x: false) }")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("schema { query: Q }", "schema { mutation: Q }")]
    public void Detects_differences(string left, string right) =>
        Assert.ThrowsAny<Exception>(() => SyntaxTreeComparer.AssertEqual(Parser.Parse(left), Parser.Parse(right)));

    [Fact]
    public void Ignores_locations_and_string_form() =>
        SyntaxTreeComparer.AssertEqual(Parser.Parse("{a(x:\"s\")}"), Parser.Parse("query {\n  a(x: \"\"\"s\"\"\")\n}"));
}
