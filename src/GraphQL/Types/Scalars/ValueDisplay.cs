using System.Collections;
using System.Globalization;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// Shows values in error messages as the client wrote them: literals as GraphQL; runtime and variable values as
/// JSON would write them (strings quoted and escaped, numbers in invariant culture, booleans and null in lower case,
/// lists and objects in brackets and braces), other values (dates, URIs…) as their invariant text.
/// </summary>
internal static class ValueDisplay
{
    public static string Of(object? value) => value is SyntaxNode literal
        ? Printer.Print(literal)
        : Append(new StringBuilder(), value).ToString();

    private static StringBuilder Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                return builder.Append("null");
            case string text:
                return AppendQuoted(builder, text);
            case bool flag:
                return builder.Append(flag ? "true" : "false");
            case IFormattable formattable:
                return builder.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
            case IReadOnlyDictionary<string, object?> fields:
            {
                builder.Append('{');
                var separator = "";
                foreach (var (name, fieldValue) in fields)
                {
                    AppendQuoted(builder.Append(separator), name).Append(':');
                    Append(builder, fieldValue);
                    separator = ",";
                }
                return builder.Append('}');
            }
            case IEnumerable items:
            {
                builder.Append('[');
                var separator = "";
                foreach (var item in items)
                {
                    Append(builder.Append(separator), item);
                    separator = ",";
                }
                return builder.Append(']');
            }
            default:
                return builder.Append(value.ToString() ?? value.GetType().Name);
        }
    }

    private static StringBuilder AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case < ' ':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.Append('"');
    }
}
