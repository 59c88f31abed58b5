using System.Text;

namespace GraphQL.Language;

/// <summary>The spec's block string algorithms: the value of a raw block string, and printing a value as one.</summary>
internal static class BlockStrings
{
    /// <summary>
    /// The spec's BlockStringValue (section 2.9.4): removes the common indentation of all lines but the first,
    /// then the leading and trailing blank lines, and joins the lines with line feeds.
    /// </summary>
    public static string Dedent(string raw)
    {
        var lines = SplitLines(raw);
        int? commonIndent = null;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = raw.AsSpan(lines[i].Start, lines[i].Length);
            var indent = LeadingWhiteSpace(line);
            if (indent < line.Length && (commonIndent is null || indent < commonIndent))
            {
                commonIndent = indent;
            }
        }

        var first = 0;
        while (first < lines.Count && IsBlank(raw, lines[first]))
        {
            first++;
        }
        var last = lines.Count - 1;
        while (last >= first && IsBlank(raw, lines[last]))
        {
            last--;
        }

        var builder = new StringBuilder(raw.Length);
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                builder.Append('\n');
            }
            var (start, length) = lines[i];
            var removed = i == 0 || commonIndent is null ? 0 : Math.Min(commonIndent.Value, length);
            builder.Append(raw, start + removed, length - removed);
        }
        return builder.ToString();
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be printed as a block string and read back unchanged: block strings
    /// cannot keep leading or trailing blank lines, a carriage return, or indentation on every line but the first.
    /// </summary>
    public static bool CanPrint(string value)
    {
        if (value.Contains('\r'))
        {
            return false;
        }
        var lines = SplitLines(value);
        if (IsBlank(value, lines[0]) || IsBlank(value, lines[^1]))
        {
            return lines.Count == 1 && value.Length == 0;
        }
        var anyUnindented = false;
        var anyIndentedLater = false;
        for (var i = 1; i < lines.Count; i++)
        {
            var line = value.AsSpan(lines[i].Start, lines[i].Length);
            var indent = LeadingWhiteSpace(line);
            if (indent == line.Length)
            {
                continue;
            }
            anyUnindented |= indent == 0;
            anyIndentedLater |= indent > 0;
        }
        // Indentation shared by every later line would be removed when read back.
        return lines.Count == 1 || anyUnindented || !anyIndentedLater;
    }

    /// <summary>
    /// Prints a value that <see cref="CanPrint"/> accepts as a block string, indented by <paramref name="indent"/>:
    /// <c>"""</c> inside is escaped, and a value whose first line is indented or that ends in a quote or a
    /// backslash gets the text on lines of its own so that it reads back unchanged.
    /// </summary>
    public static void Print(StringBuilder builder, string value, string indent)
    {
        var ownLines = value.Contains('\n') || value.StartsWith(' ') || value.StartsWith('\t')
            || value.EndsWith('"') || value.EndsWith('\\');
        builder.Append("\"\"\"");
        if (ownLines)
        {
            builder.Append('\n').Append(indent);
        }
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                builder.Append('\n');
                if (i + 1 < value.Length && value[i + 1] != '\n')
                {
                    builder.Append(indent);
                }
            }
            else if (c == '"' && i + 2 < value.Length && value[i + 1] == '"' && value[i + 2] == '"')
            {
                builder.Append("\\\"\"\"");
                i += 2;
            }
            else
            {
                builder.Append(c);
            }
        }
        if (ownLines)
        {
            builder.Append('\n').Append(indent);
        }
        builder.Append("\"\"\"");
    }

    private static List<(int Start, int Length)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                lines.Add((lineStart, i - lineStart));
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        lines.Add((lineStart, text.Length - lineStart));
        return lines;
    }

    private static int LeadingWhiteSpace(ReadOnlySpan<char> line)
    {
        var count = 0;
        while (count < line.Length && line[count] is ' ' or '\t')
        {
            count++;
        }
        return count;
    }

    private static bool IsBlank(string text, (int Start, int Length) line) =>
        LeadingWhiteSpace(text.AsSpan(line.Start, line.Length)) == line.Length;
}
