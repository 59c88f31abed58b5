using GraphQL.Relay;

namespace GraphQL.Tests.Relay;

/// <summary>Global ids as HotChocolate v14 writes and reads them (the expected strings are v14's own).</summary>
public sealed class GlobalIdTests
{
    private static readonly Guid KnownGuid = new("1ae27b14-8cf6-440d-9a46-09090a4af6f3");

    public static TheoryData<object, string> FormattedIds => new()
    {
        { "abc", "Rm9vOmFiYw==" },
        { "", "Rm9vOg==" },
        { (short)6, "Rm9vOjY=" },
        { 32, "Rm9vOjMy" },
        { 64L, "Rm9vOjY0" },
        { Guid.Empty, "Rm9vOgAAAAAAAAAAAAAAAAAAAAA=" },
        { KnownGuid, "Rm9vOhR74hr2jA1EmkYJCQpK9vM=" },
    };

    [Theory]
    [MemberData(nameof(FormattedIds))]
    public void FormatsLikeHotChocolate(object internalId, string expected) =>
        Assert.Equal(expected, GlobalId.Format("Foo", internalId));

    [Theory]
    [MemberData(nameof(FormattedIds))]
    public void ParsesWhatItFormats(object internalId, string formatted)
    {
        var id = GlobalId.Parse(formatted, internalId.GetType());

        Assert.Equal(new NodeId("Foo", internalId), id);
    }

    [Fact]
    public void RoundTripsAStringWithColonsAndUnicode()
    {
        var formatted = GlobalId.Format("Post", "1:2:3 é");

        Assert.Equal(new NodeId("Post", "1:2:3 é"), GlobalId.Parse(formatted, typeof(string)));
    }

    [Theory]
    [InlineData("Rm9vOmFiYw", typeof(string), "abc")]                        // padding left out
    [InlineData("Rm9vOmFiYw=", typeof(string), "abc")]                       // padding cut short
    [InlineData("Rm9vOmFiYw===", typeof(string), "abc")]                     // padding too long
    [InlineData("Rm9vCmQxMjM=", typeof(int), 123)]                           // legacy: the value code is skipped
    [InlineData("Rm9vOjE6Mjoz", typeof(string), "1:2:3")]                    // only the first colon separates
    [InlineData("Rm9vCmRhYmM=", typeof(string), "abc")]                      // legacy "Foo\ndabc"
    [InlineData("Rm9vCnMxMjM=", typeof(short), (short)123)]                  // legacy short
    [InlineData("Rm9vCmkxMjM=", typeof(int), 123)]                           // legacy int
    [InlineData("Rm9vCmwxMjM=", typeof(long), 123L)]                         // legacy long
    [InlineData("Rm9vOjEyMw==", typeof(int), 123)]
    public void ParsesTheFormsHotChocolateAccepts(string formatted, Type runtimeType, object expected) =>
        Assert.Equal(new NodeId("Foo", expected), GlobalId.Parse(formatted, runtimeType));

    [Fact]
    public void ParsesGuidsWrittenAsHexDigitsAndTheLegacyGuidForm()
    {
        Assert.Equal(KnownGuid, GlobalId.Parse("Rm9vOjFhZTI3YjE0OGNmNjQ0MGQ5YTQ2MDkwOTBhNGFmNmYz", typeof(Guid)).InternalId);
        Assert.Equal(
            new Guid("aaf5f036-948e-444d-ada5-36e6513d52cd"),
            GlobalId.Parse("Rm9vCmdhYWY1ZjAzNjk0OGU0NDRkYWRhNTM2ZTY1MTNkNTJjZA==", typeof(Guid)).InternalId);
    }

    [Fact]
    public void TheTypeNameDecidesHowTheValueIsRead()
    {
        var id = GlobalId.Parse("Rm9vOjMy", typeName => typeName == "Foo" ? typeof(int) : null);
        var unknown = GlobalId.Parse(GlobalId.Format("Bar", "32"), typeName => typeName == "Foo" ? typeof(int) : null);

        Assert.Equal(32, id.InternalId);
        Assert.Equal(new NodeId("Bar", "32"), unknown);
    }

    [Theory]
    [InlineData("")]                                  // empty
    [InlineData("not base64!")]                       // not base64
    [InlineData("Rm9v")]                              // "Foo": no separator
    [InlineData("OmFiYw==")]                          // ":abc": no type name
    [InlineData("Rm9vOmFiYw==A")]                     // data after padding
    public void RefusesStringsThatAreNoGlobalIds(string formatted)
    {
        var error = Assert.Throws<InvalidNodeIdException>(() => GlobalId.Parse(formatted, typeof(string)));

        Assert.Equal("The node ID string has an invalid format.", error.Message);
        Assert.Equal("HC0016", error.Error.Code);
        Assert.Equal(formatted, error.Error.Extensions!["originalValue"]);
    }

    [Theory]
    [InlineData("Foo:abc", typeof(int))]              // not a number
    [InlineData("Foo:12a", typeof(long))]             // trailing garbage
    [InlineData("Foo:99999", typeof(short))]          // out of range
    [InlineData("Foo:0123456789abcdef0", typeof(Guid))] // neither 16 bytes nor 32 hex digits
    [InlineData("Foo\n", typeof(string))]             // legacy without value code
    public void RefusesValuesThatDoNotFitTheIdType(string decoded, Type runtimeType)
    {
        var formatted = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(decoded));

        Assert.Throws<InvalidNodeIdException>(() => GlobalId.Parse(formatted, runtimeType));
    }

    [Fact]
    public void RefusesIdsLongerThanTheLimit()
    {
        var longest = GlobalId.Format("Foo", new string('a', 700));
        var tooLong = GlobalId.Format("Foo", new string('a', 800));

        Assert.True(longest.Length <= GlobalId.MaxLength);
        Assert.Equal(new string('a', 700), GlobalId.Parse(longest, typeof(string)).InternalId);
        Assert.True(tooLong.Length > GlobalId.MaxLength);
        Assert.Throws<InvalidNodeIdException>(() => GlobalId.Parse(tooLong, typeof(string)));
    }

    [Fact]
    public void OnlyStringsNumbersAndGuidsCanBeFormatted()
    {
        var error = Assert.Throws<ArgumentException>(() => GlobalId.Format("Foo", 1.5));

        Assert.Contains("Double", error.Message);
        Assert.Throws<ArgumentException>(() => GlobalId.Format("", 1));
    }
}
