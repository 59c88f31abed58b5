using System.Runtime.CompilerServices;

namespace GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/>: one instance reads one source text. This file holds
/// the token helpers, locations and the depth limit; the grammar is in the other parts of the class.
/// </summary>
internal sealed partial class SyntaxParser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _depth;

    public SyntaxParser(string source, ParserOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _options = options;
        _lexer = new Lexer(source, options.MaxTokens);
    }

    /// <summary>Parses one production that must make up the whole source.</summary>
    public T ParseWhole<T>(Func<SyntaxParser, T> parse)
    {
        var result = parse(this);
        Expect(TokenKind.EndOfFile);
        return result;
    }

    /// <summary>Where a node starting at the current token begins; complete it with <see cref="LocationFrom"/>.</summary>
    private Location Begin() => _lexer.Location;

    /// <summary>The location of a node from its first token to the last token consumed, unless locations are off.</summary>
    private Location? LocationFrom(Location start) =>
        _options.NoLocations ? null : start with { End = _lexer.PreviousEnd };

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private bool PeekKeyword(string keyword) => _lexer.Kind == TokenKind.Name && _lexer.Value == keyword;

    private bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Consumes the current token if it is of the given kind.</summary>
    private bool Skip(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }
        _lexer.Advance();
        return true;
    }

    private void Expect(TokenKind kind)
    {
        if (!Skip(kind))
        {
            throw Error($"Expected {kind.Describe()}, found {_lexer.Describe()}.");
        }
    }

    private bool SkipKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }
        _lexer.Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!SkipKeyword(keyword))
        {
            throw Error($"Expected \"{keyword}\", found {_lexer.Describe()}.");
        }
    }

    /// <summary>Reads the value of a token of the given kind.</summary>
    private string ExpectValue(TokenKind kind)
    {
        var value = _lexer.Value;
        Expect(kind);
        return value!;
    }

    private SyntaxException Unexpected() => Error($"Unexpected {_lexer.Describe()}.");

    /// <summary>An error at the current token.</summary>
    private SyntaxException Error(string description) => new(description, _lexer.Location);

    /// <summary>
    /// <c>open item+ close</c>. The parse function is a static lambda, so no delegate is allocated per call.
    /// </summary>
    private List<T> ParseMany<T>(TokenKind open, Func<SyntaxParser, T> parseItem, TokenKind close)
    {
        Expect(open);
        var items = new List<T>();
        do
        {
            items.Add(parseItem(this));
        }
        while (!Skip(close));
        return items;
    }

    /// <summary><c>(open item+ close)?</c>: an empty list when the opening token is absent.</summary>
    private IReadOnlyList<T> ParseOptionalMany<T>(TokenKind open, Func<SyntaxParser, T> parseItem, TokenKind close) =>
        Peek(open) ? ParseMany(open, parseItem, close) : [];

    /// <summary>
    /// Enters a nested selection set, list or object value, or list type. Stops at <see cref="ParserOptions.MaxDepth"/>,
    /// and in any case before the call stack runs out.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Error($"Document is nested deeper than {_options.MaxDepth} levels. Parsing aborted.");
        }
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Error("Document is nested too deeply for the available stack. Parsing aborted.");
        }
    }

    private void ExitNesting() => _depth--;

    private NameNode ParseName()
    {
        var start = Begin();
        var value = ExpectValue(TokenKind.Name);
        return new NameNode(value, LocationFrom(start));
    }
}
