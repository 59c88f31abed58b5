using System.Globalization;
using System.Text.Json;

namespace GraphQL.Execution;

/// <summary>
/// Turns JSON (variables, extensions) into the plain values input coercion expects: null, string, bool,
/// long, decimal or double, <see cref="IReadOnlyList{T}"/> and ordered <see cref="IReadOnlyDictionary{TKey, TValue}"/>.
/// </summary>
public static class JsonInput
{
    // decimal holds 28-29 significant digits and at most 28 digits after the point.
    private const int MaxExactDecimalDigits = 28;

    /// <summary>The value of a JSON element; integers are longs when they fit, other numbers decimals when exact, else doubles.</summary>
    public static object? ToValue(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => ToNumber(element),
        JsonValueKind.Array => ToList(element),
        JsonValueKind.Object => ToObject(element),
        _ => throw new ArgumentOutOfRangeException(nameof(element), element.ValueKind, "Unknown JSON value kind."),
    };

    /// <summary>A JSON object as an ordered dictionary; null for JSON null. Throws for other kinds.</summary>
    public static IReadOnlyDictionary<string, object?>? ToObjectOrNull(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.Object => ToObject(element),
        _ => throw new JsonException($"Expected a JSON object but found {element.ValueKind}."),
    };

    /// <summary>Parses JSON text (e.g. a <c>variables</c> string) into an ordered dictionary; null for <c>null</c>.</summary>
    public static IReadOnlyDictionary<string, object?>? ParseObject(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ToObjectOrNull(document.RootElement);
    }

    private static OrderedDictionary<string, object?> ToObject(JsonElement element)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToValue(property.Value);
        }
        return result;
    }

    private static object?[] ToList(JsonElement element)
    {
        var items = new object?[element.GetArrayLength()];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[index++] = ToValue(item);
        }
        return items;
    }

    private static object ToNumber(JsonElement element)
    {
        if (element.TryGetInt64(out var integer))
        {
            return integer;
        }
        var text = element.GetRawText();
        if (IsExactAsDecimal(text) &&
            decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact))
        {
            return exact;
        }
        return element.GetDouble();
    }

    /// <summary>Whether a JSON number has few enough digits, and none too small, to be held exactly by a decimal.</summary>
    private static bool IsExactAsDecimal(string number)
    {
        var exponentAt = number.IndexOfAny(['e', 'E']);
        var mantissa = exponentAt < 0 ? number : number[..exponentAt];
        var exponent = 0;
        if (exponentAt >= 0 &&
            !int.TryParse(number.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            return false;
        }
        var pointAt = mantissa.IndexOf('.');
        var fractionDigits = pointAt < 0 ? 0 : mantissa.Length - pointAt - 1;
        var significantDigits = mantissa.TrimStart('-').Replace(".", "", StringComparison.Ordinal).TrimStart('0').Length;
        return significantDigits <= MaxExactDecimalDigits && fractionDigits - exponent <= MaxExactDecimalDigits;
    }
}
