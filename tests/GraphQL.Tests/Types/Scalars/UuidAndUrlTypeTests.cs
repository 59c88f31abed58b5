using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.Types.Scalars;

public class UuidTypeTests
{
    private static readonly UuidType Uuid = BuiltInScalars.UUID;
    private static readonly Guid Sample = new("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Serialize_writes_the_hyphenated_lower_case_form()
    {
        Assert.Equal("0f8fad5b-d9cb-469f-a165-70867728950e", Uuid.Serialize(Sample));
        ScalarAssert.Fails("UUID cannot represent the String value \"0f8fad5b\".", () => Uuid.Serialize("0f8fad5b"));
    }

    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0F8FAD5B-D9CB-469F-A165-70867728950E")]
    [InlineData("0f8fad5bd9cb469fa16570867728950e")]
    [InlineData("{0f8fad5b-d9cb-469f-a165-70867728950e}")]
    public void ParseValue_and_ParseLiteral_accept_the_usual_forms(string text)
    {
        Assert.Equal(Sample, Uuid.ParseValue(text));
        Assert.Equal(Sample, Uuid.ParseLiteral(new StringValueNode(text)));
    }

    [Fact]
    public void Parsing_rejects_other_values()
    {
        ScalarAssert.Fails("UUID cannot parse the value \"xyz\": expected a UUID such as \"0f8fad5b-d9cb-469f-a165-70867728950e\".", () => Uuid.ParseValue("xyz"));
        ScalarAssert.Fails("UUID cannot parse the value 12: expected a UUID such as \"0f8fad5b-d9cb-469f-a165-70867728950e\".", () => Uuid.ParseLiteral(new IntValueNode("12")));
    }

    [Fact]
    public void ValueToLiteral_and_specifiedBy()
    {
        ScalarAssert.Literal(SyntaxKind.StringValue, "0f8fad5b-d9cb-469f-a165-70867728950e", Uuid.ValueToLiteral(Sample));
        Assert.Equal("https://tools.ietf.org/html/rfc4122", Uuid.SpecifiedByUrl);
    }
}

public class UrlTypeTests
{
    private static readonly UrlType Url = BuiltInScalars.URL;

    [Fact]
    public void Serialize_writes_absolute_uris_and_rejects_relative_ones()
    {
        Assert.Equal("https://example.com/a?b=1", Url.Serialize(new Uri("https://example.com/a?b=1")));
        ScalarAssert.Fails("URL cannot represent the Uri value /a.", () => Url.Serialize(new Uri("/a", UriKind.Relative)));
    }

    [Fact]
    public void ParseValue_and_ParseLiteral_accept_absolute_urls()
    {
        Assert.Equal(new Uri("https://example.com/x"), Url.ParseValue("https://example.com/x"));
        Assert.Equal(new Uri("mailto:someone@example.com"), Url.ParseLiteral(new StringValueNode("mailto:someone@example.com")));
    }

    [Theory]
    [InlineData("/relative/path")]
    [InlineData("relative")]
    [InlineData("not a url")]
    public void ParseValue_rejects_relative_or_malformed_urls(string text) =>
        ScalarAssert.Fails($"URL cannot parse the value \"{text}\": expected an absolute URL.", () => Url.ParseValue(text));

    [Fact]
    public void ValueToLiteral_and_specifiedBy()
    {
        ScalarAssert.Literal(SyntaxKind.StringValue, "https://example.com/", Url.ValueToLiteral(new Uri("https://example.com")));
        Assert.Equal("https://tools.ietf.org/html/rfc3986", Url.SpecifiedByUrl);
    }
}
