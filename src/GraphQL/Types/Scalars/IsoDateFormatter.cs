namespace GraphQL.Types;

/// <summary>
/// Writes the fixed-width ISO 8601 forms of the date and time scalars straight into the result string, since they
/// are serialized for every field that returns one and a custom format string would be interpreted on each call.
/// </summary>
internal static class IsoDateFormatter
{
    /// <summary><c>yyyy-MM-ddTHH:mm:ss.fffZ</c> for a UTC time.</summary>
    public static string FormatUtcDateTime(DateTime utc) => string.Create(24, utc, static (span, value) =>
    {
        WriteDate(span, value.Year, value.Month, value.Day);
        span[10] = 'T';
        WriteTime(span[11..], value.Hour, value.Minute, value.Second);
        span[19] = '.';
        WriteDigits(span.Slice(20, 3), value.Millisecond);
        span[23] = 'Z';
    });

    /// <summary><c>yyyy-MM-dd</c>.</summary>
    public static string FormatDate(DateOnly date) => string.Create(10, date, static (span, value) =>
        WriteDate(span, value.Year, value.Month, value.Day));

    /// <summary><c>HH:mm:ss</c>.</summary>
    public static string FormatTime(TimeOnly time) => string.Create(8, time, static (span, value) =>
        WriteTime(span, value.Hour, value.Minute, value.Second));

    private static void WriteDate(Span<char> span, int year, int month, int day)
    {
        WriteDigits(span[..4], year);
        span[4] = '-';
        WriteDigits(span.Slice(5, 2), month);
        span[7] = '-';
        WriteDigits(span.Slice(8, 2), day);
    }

    private static void WriteTime(Span<char> span, int hour, int minute, int second)
    {
        WriteDigits(span[..2], hour);
        span[2] = ':';
        WriteDigits(span.Slice(3, 2), minute);
        span[5] = ':';
        WriteDigits(span.Slice(6, 2), second);
    }

    /// <summary>Writes <paramref name="value"/> zero-padded to the width of <paramref name="span"/>.</summary>
    private static void WriteDigits(Span<char> span, int value)
    {
        for (var i = span.Length - 1; i >= 0; i--)
        {
            span[i] = (char)('0' + value % 10);
            value /= 10;
        }
    }
}
