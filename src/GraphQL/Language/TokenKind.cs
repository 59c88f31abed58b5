namespace GraphQL.Language;

/// <summary>The kinds of lexical token (spec section 2.1.6); ignored tokens never reach the parser.</summary>
internal enum TokenKind
{
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenthesisLeft,
    ParenthesisRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

internal static class TokenKindExtensions
{
    /// <summary>How error messages name a kind of token: punctuators by their text, others by their kind.</summary>
    public static string Describe(this TokenKind kind) => kind switch
    {
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Ampersand => "\"&\"",
        TokenKind.ParenthesisLeft => "\"(\"",
        TokenKind.ParenthesisRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        _ => kind.ToString(),
    };
}
