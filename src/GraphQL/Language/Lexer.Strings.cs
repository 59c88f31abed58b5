using System.Text;

namespace GraphQL.Language;

/// <summary>String and block string tokens: escapes, surrogate pairs and the block string value.</summary>
internal sealed partial class Lexer
{
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

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
