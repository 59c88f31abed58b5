using GraphQL.Language;

namespace GraphQL.Tests.Language;

/// <summary>Assertions shared by the language tests.</summary>
internal static class SyntaxAssert
{
    /// <summary>Asserts that a node covers exactly <paramref name="text"/> and starts at the given line and column.</summary>
    public static void Spans(string source, SyntaxNode node, string text, int line, int column)
    {
        var location = Assert.NotNull(node.Location);
        Assert.Equal(text, source[location.Start..location.End]);
        Assert.Equal(line, location.Line);
        Assert.Equal(column, location.Column);
    }

    public static SyntaxException Fails(string source, ParserOptions? options = null) =>
        Assert.Throws<SyntaxException>(() => Parser.Parse(source, options));

    public static void FailsWith(string source, string message, int line, int column, ParserOptions? options = null)
    {
        var exception = Fails(source, options);
        Assert.Equal(message, exception.Message);
        Assert.Equal((line, column), (exception.Location.Line, exception.Location.Column));
    }
}
