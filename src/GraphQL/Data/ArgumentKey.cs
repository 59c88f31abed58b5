using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphQL.Data;

/// <summary>
/// A text that is the same for equal coerced argument values (input objects as dictionaries, lists, scalars, enums):
/// how <see cref="QueryContext{T}"/> compares the <c>where</c> and <c>order</c> of two executions.
/// </summary>
internal static class ArgumentKey
{
    public static string Of(object? value)
    {
        var text = new StringBuilder();
        Append(text, value);
        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null:
                text.Append("null");
                break;
            case string s:
                text.Append('"').Append(s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case IReadOnlyDictionary<string, object?> fields:
                text.Append('{');
                foreach (var (name, field) in fields.OrderBy(entry => entry.Key, StringComparer.Ordinal))
                {
                    text.Append(name).Append(':');
                    Append(text, field);
                    text.Append(',');
                }
                text.Append('}');
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item);
                    text.Append(',');
                }
                text.Append(']');
                break;
            case DateTimeOffset instant:
                text.Append(instant.UtcTicks.ToString(CultureInfo.InvariantCulture));
                break;
            case IFormattable formattable:
                text.Append(value.GetType().Name).Append(':').Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }
}
