using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphQL.Types;

/// <summary>
/// HotChocolate's <c>DateTime</c>: an instant as an RFC 3339 date-time with a required offset and up to seven
/// fractional digits, e.g. <c>2026-01-02T03:04:05.123+02:00</c>. The runtime value is a <see cref="DateTimeOffset"/>;
/// results may also be a <see cref="DateTime"/> (an unspecified kind counts as UTC). Output is always in UTC with
/// millisecond precision: <c>2026-01-02T01:04:05.123Z</c>.
/// </summary>
public sealed partial class DateTimeType : FormattedScalarType<DateTimeOffset>
{
    public DateTimeType() : base("DateTime")
    {
        Description = "The `DateTime` scalar type represents an exact instant as an RFC 3339 date-time with a time zone offset, "
            + "such as `2026-01-02T03:04:05.000Z`. Results are always given in UTC.";
        SpecifiedByUrl = "https://www.graphql-scalars.com/date-time";
    }

    protected override string FormatDescription => "an RFC 3339 date-time";

    protected override bool TryFormat(object value, [NotNullWhen(true)] out string? text)
    {
        text = value switch
        {
            DateTimeOffset instant => IsoDateFormatter.FormatUtcDateTime(instant.UtcDateTime),
            DateTime { Kind: DateTimeKind.Local } local => IsoDateFormatter.FormatUtcDateTime(local.ToUniversalTime()),
            DateTime utcOrUnspecified => IsoDateFormatter.FormatUtcDateTime(utcOrUnspecified),
            _ => null,
        };
        return text is not null;
    }

    protected override bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        return Rfc3339DateTime().IsMatch(text)
            && DateTimeOffset.TryParse(
                text.AsSpan().ContainsAny('t', 'z') ? text.ToUpperInvariant() : text,
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out value);
    }

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,7})?([Zz]|[+-][0-9]{2}:[0-9]{2})\z", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc3339DateTime();
}
