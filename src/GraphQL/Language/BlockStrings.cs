using System.Text;

namespace GraphQL.Language;

/// <summary>The spec's block string rules: the value of a raw block string, and printing a value as one.</summary>
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
    /// Appends <paramref name="value"/> as a block string whose lines are indented by <paramref name="indent"/>,
    /// if it reads back as exactly the same value; returns false (and appends nothing) when it would not, for
    /// example with leading or trailing blank lines, carriage returns or indentation shared by every line.
    /// The text goes on lines of its own when it has several lines or ends in a quote or a backslash.
    /// </summary>
    public static bool TryPrint(StringBuilder builder, string value, string indent)
    {
        foreach (var c in value)
        {
            if (c < ' ' && c is not ('\n' or '\t'))
            {
                return false;
            }
        }
        var ownLines = value.Contains('\n') || value.EndsWith('"') || value.EndsWith('\\');
        var raw = ownLines ? IndentLines(value, indent) : value;
        if (Dedent(raw) != value)
        {
            return false;
        }
        builder.Append("\"\"\"").Append(raw.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal)).Append("\"\"\"");
        return true;
    }

    /// <summary>The value on lines of its own between the quotes: every non-empty line prefixed by the indentation.</summary>
    private static string IndentLines(string value, string indent)
    {
        var builder = new StringBuilder(value.Length + 2 + (indent.Length * 4));
        builder.Append('\n');
        var lineStart = 0;
        for (var i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] != '\n')
            {
                continue;
            }
            if (i > lineStart)
            {
                builder.Append(indent).Append(value, lineStart, i - lineStart);
            }
            builder.Append('\n');
            lineStart = i + 1;
        }
        return builder.Append(indent).ToString();
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
