namespace GraphQL.Language;

/// <summary>
/// Reads GraphQL source text one token at a time (spec section 2.1), skipping ignored tokens: the byte order mark,
/// white space, line terminators, commas and comments. The current token is held in the lexer's properties;
/// only names, numbers and strings allocate (their value). Strings are read in Lexer.Strings.cs.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _source;
    private readonly int _maxTokens;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private int _tokenCount;

    public Lexer(string source, int maxTokens)
    {
        _source = source;
        _maxTokens = maxTokens;
        ReadToken();
    }

    public TokenKind Kind { get; private set; }

    /// <summary>The value of a name, number or string token (strings cooked); null for punctuators.</summary>
    public string? Value { get; private set; }

    public int Start { get; private set; }

    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>Where the token before the current one ended: the end of the node that token closed.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>The current token's location.</summary>
    public Location Location => new(Start, End, Line, Column);

    /// <summary>The current token for error messages, e.g. <c>Name "foo"</c> or <c>"}"</c>.</summary>
    public string Describe() => Value is null ? Kind.Describe() : $"{Kind.Describe()} \"{Value}\"";

    public void Advance()
    {
        PreviousEnd = End;
        ReadToken();
    }

    private void ReadToken()
    {
        SkipIgnored();
        Start = _position;
        Line = _line;
        Column = _position - _lineStart + 1;
        Value = null;
        if (_position >= _source.Length)
        {
            Kind = TokenKind.EndOfFile;
            End = _position;
            return;
        }

        if (++_tokenCount > _maxTokens)
        {
            throw new SyntaxException($"Document contains more than {_maxTokens} tokens. Parsing aborted.", Location with { End = Start });
        }

        switch (_source[_position])
        {
            case '!': Punctuator(TokenKind.Bang); break;
            case '$': Punctuator(TokenKind.Dollar); break;
            case '&': Punctuator(TokenKind.Ampersand); break;
            case '(': Punctuator(TokenKind.ParenthesisLeft); break;
            case ')': Punctuator(TokenKind.ParenthesisRight); break;
            case ':': Punctuator(TokenKind.Colon); break;
            case '=': Punctuator(TokenKind.Equals); break;
            case '@': Punctuator(TokenKind.At); break;
            case '[': Punctuator(TokenKind.BracketLeft); break;
            case ']': Punctuator(TokenKind.BracketRight); break;
            case '{': Punctuator(TokenKind.BraceLeft); break;
            case '|': Punctuator(TokenKind.Pipe); break;
            case '}': Punctuator(TokenKind.BraceRight); break;
            case '.': ReadSpread(); break;
            case '"':
                if (CharAt(_position + 1) == '"' && CharAt(_position + 2) == '"')
                {
                    ReadBlockString();
                }
                else
                {
                    ReadString();
                }
                break;
            case var c when IsDigit(c) || c == '-': ReadNumber(); break;
            case var c when IsNameStart(c): ReadName(); break;
            case '\'':
                throw Error("Unexpected character: \"'\". Strings are written between double quotes (\").", _position);
            default:
                throw Error(
                    (IsLoneSurrogate(_position) ? "Invalid character: " : "Unexpected character: ") + DescribeCharAt(_position) + ".",
                    _position);
        }
    }

    private void SkipIgnored()
    {
        while (_position < _source.Length)
        {
            switch (_source[_position])
            {
                case '\uFEFF' or ' ' or '\t' or ',':
                    _position++;
                    break;
                case '\n':
                    _position++;
                    StartLine();
                    break;
                case '\r':
                    _position += CharAt(_position + 1) == '\n' ? 2 : 1;
                    StartLine();
                    break;
                case '#':
                    SkipComment();
                    break;
                default:
                    return;
            }
        }
    }

    /// <summary>Skips to the end of the line; a lone surrogate ends the comment and is then reported as invalid.</summary>
    private void SkipComment()
    {
        _position++;
        while (_position < _source.Length)
        {
            var c = _source[_position];
            if (c is '\n' or '\r')
            {
                return;
            }
            if (IsLoneSurrogate(_position))
            {
                return;
            }
            _position += char.IsSurrogate(c) ? 2 : 1;
        }
    }

    private void StartLine()
    {
        _line++;
        _lineStart = _position;
    }

    private void Punctuator(TokenKind kind)
    {
        Kind = kind;
        _position++;
        End = _position;
    }

    private void ReadSpread()
    {
        if (CharAt(_position + 1) == '.' && CharAt(_position + 2) == '.')
        {
            Kind = TokenKind.Spread;
            _position += 3;
            End = _position;
            return;
        }
        if (IsDigit(CharAt(_position + 1)))
        {
            throw Error("Invalid number, expected a digit before \".\".", _position);
        }
        throw Error("Unexpected character: \".\".", _position);
    }

    private void ReadName()
    {
        var start = _position;
        do
        {
            _position++;
        }
        while (_position < _source.Length && IsNameContinue(_source[_position]));
        Kind = TokenKind.Name;
        Value = _source.Substring(start, _position - start);
        End = _position;
    }

    /// <summary>IntValue and FloatValue (spec 2.9.1, 2.9.2), including the rule that no digit, "." or name may follow.</summary>
    private void ReadNumber()
    {
        var start = _position;
        var isFloat = false;
        if (_source[_position] == '-')
        {
            _position++;
        }
        if (CharAt(_position) == '0')
        {
            _position++;
            if (IsDigit(CharAt(_position)))
            {
                throw Error($"Invalid number, unexpected digit after 0: {DescribeCharAt(_position)}.", _position);
            }
        }
        else
        {
            ReadDigits();
        }
        if (CharAt(_position) == '.')
        {
            isFloat = true;
            _position++;
            ReadDigits();
        }
        if (CharAt(_position) is 'e' or 'E')
        {
            isFloat = true;
            _position++;
            if (CharAt(_position) is '+' or '-')
            {
                _position++;
            }
            ReadDigits();
        }
        var next = CharAt(_position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error($"Invalid number, unexpected {DescribeCharAt(_position)} after the number.", _position);
        }
        Kind = isFloat ? TokenKind.Float : TokenKind.Int;
        Value = _source.Substring(start, _position - start);
        End = _position;
    }

    private void ReadDigits()
    {
        if (!IsDigit(CharAt(_position)))
        {
            throw Error($"Invalid number, expected a digit but found {DescribeCharAt(_position)}.", _position);
        }
        do
        {
            _position++;
        }
        while (IsDigit(CharAt(_position)));
    }

    /// <summary>The character at a position for messages: printable ASCII in quotes, anything else as <c>U+XXXX</c>.</summary>
    private string DescribeCharAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }
        var c = _source[position];
        if (c is >= ' ' and <= '~')
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }
        var codePoint = char.IsSurrogatePair(_source, position) ? char.ConvertToUtf32(_source, position) : c;
        return $"U+{codePoint:X4}";
    }

    /// <summary>An error at a position on the current line (tokens other than block strings never span lines).</summary>
    private SyntaxException Error(string description, int position) =>
        new(description, new Location(position, position, _line, position - _lineStart + 1));

    private bool IsLoneSurrogate(int position) => char.IsSurrogate(_source[position]) && !char.IsSurrogatePair(_source, position);

    private char CharAt(int position) => position < _source.Length ? _source[position] : '\0';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);
}
