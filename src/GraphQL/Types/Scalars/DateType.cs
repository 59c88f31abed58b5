using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace GraphQL.Types;

/// <summary>
/// HotChocolate's <c>Date</c>: a calendar date as <c>yyyy-MM-dd</c>. The runtime value is a <see cref="DateOnly"/>;
/// results may also be a <see cref="DateTime"/>, whose date part is used.
/// </summary>
public sealed class DateType : FormattedScalarType<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public DateType() : base("Date")
    {
        Description = "The `Date` scalar type represents a calendar date without a time or time zone, "
            + "written as an ISO 8601 `yyyy-MM-dd` string such as `2026-01-02`.";
    }

    protected override string FormatDescription => "a date in the format yyyy-MM-dd";

    protected override bool TryFormat(object value, [NotNullWhen(true)] out string? text)
    {
        text = value switch
        {
            DateOnly date => IsoDateFormatter.FormatDate(date),
            DateTime dateTime => IsoDateFormatter.FormatDate(DateOnly.FromDateTime(dateTime)),
            _ => null,
        };
        return text is not null;
    }

    protected override bool TryParse(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
}
