namespace GraphQL.Language;

/// <summary>Turns syntax trees back into canonical GraphQL text. (Placeholder; implemented with the parser.)</summary>
public static class Printer
{
    public static string Print(SyntaxNode node) => node.Kind.ToString();
}
