using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class DateTimeTypeTests
{
    private static readonly DateTimeType DateTime = BuiltInScalars.DateTime;

    public static TheoryData<object, string> SerializableValues => new()
    {
        { new DateTimeOffset(2026, 1, 2, 3, 4, 5, 123, TimeSpan.FromHours(2)), "2026-01-02T01:04:05.123Z" },
        { new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), "2026-01-02T03:04:05.000Z" },
        { new System.DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc), "2026-01-02T03:04:05.000Z" },
        { new System.DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Unspecified), "2026-01-02T03:04:05.000Z" },
        { new DateTimeOffset(2026, 12, 31, 23, 59, 59, 999, TimeSpan.Zero).AddTicks(9999), "2026-12-31T23:59:59.999Z" },
        { DateTimeOffset.MinValue, "0001-01-01T00:00:00.000Z" },
    };

    [Theory]
    [MemberData(nameof(SerializableValues))]
    public void Serialize_writes_utc_with_milliseconds_and_Z(object value, string expected) =>
        Assert.Equal(expected, DateTime.Serialize(value));

    [Fact]
    public void Serialize_converts_local_times_to_utc()
    {
        var local = new System.DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Local);
        Assert.Equal(local.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'.000Z'"), DateTime.Serialize(local));
    }

    [Fact]
    public void Serialize_rejects_strings() =>
        ScalarAssert.Fails("DateTime cannot represent the String value \"2026-01-02\".", () => DateTime.Serialize("2026-01-02"));

    public static TheoryData<string, DateTimeOffset> ValidTexts => new()
    {
        { "2026-01-02T03:04:05Z", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) },
        { "2026-01-02t03:04:05z", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) },
        { "2026-01-02T03:04:05.123+02:00", new DateTimeOffset(2026, 1, 2, 3, 4, 5, 123, TimeSpan.FromHours(2)) },
        { "2026-01-02T03:04:05.1234567-05:30", new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromMinutes(-330)).AddTicks(1234567) },
    };

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void ParseValue_and_ParseLiteral_accept_rfc_3339_date_times(string text, DateTimeOffset expected)
    {
        var fromVariable = (DateTimeOffset)DateTime.ParseValue(text);
        var fromLiteral = (DateTimeOffset)DateTime.ParseLiteral(new StringValueNode(text));
        Assert.Equal(expected, fromVariable);
        Assert.Equal(expected.Offset, fromVariable.Offset);
        Assert.Equal(expected, fromLiteral);
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-01-02")]
    [InlineData("2026-01-02T03:04:05")]
    [InlineData("2026-01-02 03:04:05Z")]
    [InlineData("2026-01-02T24:00:00Z")]
    [InlineData("2026-13-02T03:04:05Z")]
    [InlineData("2026-01-02T03:04:05.12345678Z")]
    [InlineData("2026-01-02T03:04:05+0200")]
    public void ParseValue_rejects_other_texts(string text) =>
        ScalarAssert.Fails($"DateTime cannot parse the value \"{text}\": expected an RFC 3339 date-time.", () => DateTime.ParseValue(text));

    [Fact]
    public void ParseValue_accepts_a_runtime_value_and_rejects_numbers()
    {
        var instant = DateTimeOffset.UnixEpoch;
        Assert.Equal(instant, DateTime.ParseValue(instant));
        ScalarAssert.Fails("DateTime cannot parse the value 5: expected an RFC 3339 date-time.", () => DateTime.ParseValue(5L));
    }

    [Fact]
    public void ParseLiteral_rejects_non_string_literals() =>
        ScalarAssert.Fails("DateTime cannot parse the value 20260102: expected an RFC 3339 date-time.",
            () => DateTime.ParseLiteral(new IntValueNode("20260102")));

    [Fact]
    public void ValueToLiteral_makes_the_serialized_string() =>
        ScalarAssert.Literal(SyntaxKind.StringValue, "1970-01-01T00:00:00.000Z", DateTime.ValueToLiteral(DateTimeOffset.UnixEpoch));

    [Fact]
    public void Is_specified_by_the_graphql_scalars_date_time_page() =>
        Assert.Equal("https://www.graphql-scalars.com/date-time", DateTime.SpecifiedByUrl);
}

public class DateTypeTests
{
    private static readonly DateType Date = BuiltInScalars.Date;

    [Fact]
    public void Serialize_writes_yyyy_MM_dd_from_DateOnly_or_DateTime()
    {
        Assert.Equal("2026-01-02", Date.Serialize(new DateOnly(2026, 1, 2)));
        Assert.Equal("2026-01-02", Date.Serialize(new DateTime(2026, 1, 2, 23, 59, 0)));
        Assert.Equal("0005-03-04", Date.Serialize(new DateOnly(5, 3, 4)));
        ScalarAssert.Fails("Date cannot represent the String value \"2026-01-02\".", () => Date.Serialize("2026-01-02"));
    }

    [Fact]
    public void ParseValue_and_ParseLiteral_accept_yyyy_MM_dd()
    {
        Assert.Equal(new DateOnly(2026, 1, 2), Date.ParseValue("2026-01-02"));
        Assert.Equal(new DateOnly(2024, 2, 29), Date.ParseLiteral(new StringValueNode("2024-02-29")));
    }

    [Theory]
    [InlineData("2026-1-2")]
    [InlineData("2026-02-30")]
    [InlineData("2026-01-02T00:00:00Z")]
    [InlineData("02/01/2026")]
    public void ParseValue_rejects_other_texts(string text) =>
        ScalarAssert.Fails($"Date cannot parse the value \"{text}\": expected a date in the format yyyy-MM-dd.", () => Date.ParseValue(text));

    [Fact]
    public void ValueToLiteral_makes_the_serialized_string() =>
        ScalarAssert.Literal(SyntaxKind.StringValue, "2026-12-31", Date.ValueToLiteral(new DateOnly(2026, 12, 31)));
}

public class LocalTimeTypeTests
{
    private static readonly LocalTimeType LocalTime = BuiltInScalars.LocalTime;

    [Fact]
    public void Serialize_writes_HH_mm_ss()
    {
        Assert.Equal("18:30:05", LocalTime.Serialize(new TimeOnly(18, 30, 5, 250)));
        ScalarAssert.Fails("LocalTime cannot represent the TimeSpan value 01:00:00.", () => LocalTime.Serialize(TimeSpan.FromHours(1)));
    }

    [Fact]
    public void ParseValue_and_ParseLiteral_accept_HH_mm_ss()
    {
        Assert.Equal(new TimeOnly(18, 30, 5), LocalTime.ParseValue("18:30:05"));
        Assert.Equal(new TimeOnly(0, 0), LocalTime.ParseLiteral(new StringValueNode("00:00:00")));
    }

    [Theory]
    [InlineData("18:30")]
    [InlineData("25:00:00")]
    [InlineData("6:30:00 PM")]
    [InlineData("18:30:05.123")]
    public void ParseValue_rejects_other_texts(string text) =>
        ScalarAssert.Fails($"LocalTime cannot parse the value \"{text}\": expected a time of day in the format HH:mm:ss.", () => LocalTime.ParseValue(text));

    [Fact]
    public void ValueToLiteral_makes_the_serialized_string() =>
        ScalarAssert.Literal(SyntaxKind.StringValue, "07:05:00", LocalTime.ValueToLiteral(new TimeOnly(7, 5)));
}
