using System.Globalization;
using System.Text;
using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>Shows runtime values and literals in coercion error messages.</summary>
internal static class ValueDisplay
{
    /// <summary>Strings quoted and escaped, numbers in invariant culture, booleans in lower case.</summary>
    public static string Of(object value) => value switch
    {
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? value.GetType().Name,
    };

    /// <summary>A literal as GraphQL writes it.</summary>
    public static string Of(IValueNode literal) => Printer.Print((SyntaxNode)literal);

    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
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
        return builder.Append('"').ToString();
    }
}
