using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GraphQL.Types;

/// <summary>
/// HotChocolate's <c>LocalTime</c>: a time of day without date or time zone, as 24-hour <c>HH:mm:ss</c>.
/// The runtime value is a <see cref="TimeOnly"/>; fractions of a second are not part of the format.
/// </summary>
public sealed class LocalTimeType : FormattedScalarType<TimeOnly>
{
    private const string Format = "HH:mm:ss";

    public LocalTimeType() : base("LocalTime")
    {
        Description = "The `LocalTime` scalar type represents a time of day without a date or time zone, "
            + "written as a 24-hour `HH:mm:ss` string such as `18:30:00`.";
    }

    protected override string FormatDescription => "a time of day in the format HH:mm:ss";

    protected override bool TryFormat(object value, [NotNullWhen(true)] out string? text)
    {
        text = value is TimeOnly time ? IsoDateFormatter.FormatTime(time) : null;
        return text is not null;
    }

    protected override bool TryParse(string text, out TimeOnly value) =>
        TimeOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
