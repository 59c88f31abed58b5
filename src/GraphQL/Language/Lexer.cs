using System.Text;

namespace GraphQL.Language;

/// <summary>
/// Reads GraphQL source text one token at a time (spec section 2.1), skipping ignored tokens: the byte order mark,
/// white space, line terminators, commas and comments. The current token is held in the lexer's properties;
/// only names, numbers and strings allocate (their value).
/// </summary>
internal sealed class Lexer
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

    /// <summary>A quoted string (spec 2.9.4); escapes are resolved, and a string without escapes is one substring.</summary>
    private void ReadString()
    {
        var position = _position + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < _source.Length)
        {
            var c = _source[position];
            if (c == '"')
            {
                Kind = TokenKind.String;
                Value = builder is null
                    ? _source.Substring(chunkStart, position - chunkStart)
                    : builder.Append(_source, chunkStart, position - chunkStart).ToString();
                _position = End = position + 1;
                return;
            }
            if (c == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(_source, chunkStart, position - chunkStart);
                position = ReadEscape(position, builder);
                chunkStart = position;
                continue;
            }
            if (c is '\n' or '\r')
            {
                break;
            }
            position += SourceCharacterLength(position);
        }
        throw Error("Unterminated string.", position);
    }

    /// <summary>Appends the character an escape sequence at <paramref name="position"/> stands for; returns the position after it.</summary>
    private int ReadEscape(int position, StringBuilder builder)
    {
        var escaped = CharAt(position + 1);
        switch (escaped)
        {
            case '"' or '\\' or '/': builder.Append(escaped); return position + 2;
            case 'b': builder.Append('\b'); return position + 2;
            case 'f': builder.Append('\f'); return position + 2;
            case 'n': builder.Append('\n'); return position + 2;
            case 'r': builder.Append('\r'); return position + 2;
            case 't': builder.Append('\t'); return position + 2;
            case 'u' when CharAt(position + 2) == '{': return ReadVariableWidthUnicodeEscape(position, builder);
            case 'u': return ReadFixedWidthUnicodeEscape(position, builder);
            case '\n' or '\r':
            case '\0' when position + 1 >= _source.Length:
                throw Error("Unterminated string.", position + 1);
            case >= ' ' and <= '~':
                throw Error($"Invalid character escape sequence: \"\\{escaped}\".", position);
            default:
                throw Error($"Invalid character escape sequence: \"\\\" followed by {DescribeCharAt(position + 1)}.", position);
        }
    }

    /// <summary><c>\u{1F600}</c>: any number of hex digits naming a Unicode scalar value (surrogates are not).</summary>
    private int ReadVariableWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var digitsStart = position + 3;
        var end = digitsStart;
        var value = 0;
        while (end < _source.Length && HexValue(_source[end]) is var digit and >= 0 && value <= 0x10FFFF)
        {
            value = (value << 4) | digit;
            end++;
        }
        if (end == digitsStart || CharAt(end) != '}' || value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF)
        {
            var shownEnd = Math.Min(CharAt(end) == '}' ? end + 1 : end, _source.Length);
            throw InvalidUnicodeEscape(position, shownEnd);
        }
        AppendCodePoint(builder, value);
        return end + 1;
    }

    /// <summary><c>\u0041</c>; a leading surrogate must be followed by an escaped trailing surrogate, forming a pair.</summary>
    private int ReadFixedWidthUnicodeEscape(int position, StringBuilder builder)
    {
        var value = ReadHex4(position + 2);
        if (value < 0 || char.IsLowSurrogate((char)value))
        {
            var end = position + 2;
            while (end < Math.Min(position + 6, _source.Length) && _source[end] is not ('"' or '\n' or '\r'))
            {
                end++;
            }
            throw InvalidUnicodeEscape(position, end);
        }
        if (!char.IsHighSurrogate((char)value))
        {
            builder.Append((char)value);
            return position + 6;
        }
        var trailing = CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u' ? ReadHex4(position + 8) : -1;
        if (trailing < 0 || !char.IsLowSurrogate((char)trailing))
        {
            throw InvalidUnicodeEscape(position, position + 6);
        }
        builder.Append((char)value).Append((char)trailing);
        return position + 12;
    }

    private SyntaxException InvalidUnicodeEscape(int position, int end) =>
        Error($"Invalid Unicode escape sequence: \"{_source[position..end]}\".", position);

    private int ReadHex4(int position)
    {
        if (position + 4 > _source.Length)
        {
            return -1;
        }
        var value = 0;
        for (var i = position; i < position + 4; i++)
        {
            var digit = HexValue(_source[i]);
            if (digit < 0)
            {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }

    /// <summary>A block string (spec 2.9.4): raw text with only <c>\"""</c> escaped, then dedented by BlockStringValue.</summary>
    private void ReadBlockString()
    {
        var position = _position + 3;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < _source.Length)
        {
            var c = _source[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                var raw = builder is null
                    ? _source.Substring(chunkStart, position - chunkStart)
                    : builder.Append(_source, chunkStart, position - chunkStart).ToString();
                Kind = TokenKind.BlockString;
                Value = BlockStrings.Dedent(raw);
                _position = End = position + 3;
                return;
            }
            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                builder ??= new StringBuilder();
                builder.Append(_source, chunkStart, position - chunkStart).Append("\"\"\"");
                position += 4;
                chunkStart = position;
                continue;
            }
            if (c is '\n' or '\r')
            {
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                _position = position;
                StartLine();
                continue;
            }
            position += SourceCharacterLength(position);
        }
        throw Error("Unterminated string.", position);
    }

    /// <summary>1 or 2 (a surrogate pair); a lone surrogate is not a source character.</summary>
    private int SourceCharacterLength(int position)
    {
        if (IsLoneSurrogate(position))
        {
            throw Error($"Invalid character within String: {DescribeCharAt(position)}.", position);
        }
        return char.IsSurrogate(_source[position]) ? 2 : 1;
    }

    private static void AppendCodePoint(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
            return;
        }
        var offset = codePoint - 0x10000;
        builder.Append((char)(0xD800 + (offset >> 10))).Append((char)(0xDC00 + (offset & 0x3FF)));
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

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
