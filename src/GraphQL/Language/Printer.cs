namespace GraphQL.Language;

/// <summary>
/// Turns syntax trees back into canonical GraphQL text: two-space indentation, a blank line between definitions,
/// arguments and variables inline, descriptions before what they describe. Parsing the printed text gives the same
/// tree (locations and the choice between quoted and block strings aside).
/// </summary>
public static class Printer
{
    /// <summary>Prints any node: a document, a definition, a selection, a value, a type reference…</summary>
    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var printer = new SyntaxPrinter();
        printer.Write(node);
        return printer.ToString();
    }

    /// <summary>Prints a value, e.g. for an error message such as <c>Expected value of type "Int!", found "abc".</c></summary>
    public static string PrintValue(IValueNode value) => Print((SyntaxNode)value);

    /// <summary>Prints a type reference such as <c>[String!]!</c>.</summary>
    public static string PrintType(ITypeNode type) => Print((SyntaxNode)type);
}
