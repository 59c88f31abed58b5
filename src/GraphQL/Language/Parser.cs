namespace GraphQL.Language;

/// <summary>
/// Parses GraphQL text (spec sections 2 and 3, September 2025) into syntax trees. Every method throws
/// <see cref="SyntaxException"/> when the text does not follow the grammar or breaks a <see cref="ParserOptions"/> limit.
/// </summary>
public static class Parser
{
    /// <summary>Parses a document: operations, fragments, and type system definitions and extensions.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseDocument();

    /// <summary>Parses one value, such as <c>{ a: [1, $b] }</c>; variables are allowed.</summary>
    public static IValueNode ParseValue(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseWhole(static parser => parser.ParseValueLiteral(isConst: false));

    /// <summary>Parses one constant value (no variables), as a default value or an SDL directive argument is.</summary>
    public static IValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseWhole(static parser => parser.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c>.</summary>
    public static ITypeNode ParseType(string source, ParserOptions? options = null) =>
        new SyntaxParser(source, options ?? ParserOptions.Default).ParseWhole(static parser => parser.ParseTypeReference());
}
