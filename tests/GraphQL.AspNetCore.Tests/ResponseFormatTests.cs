using GraphQL.AspNetCore.Http;

namespace GraphQL.AspNetCore.Tests;

public sealed class ResponseFormatTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("not a media type;;;", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", "GraphQLResponseJson")]
    [InlineData("application/json", "Json")]
    [InlineData("application/json; charset=utf-8", "Json")]
    [InlineData("application/json; charset=\"UTF-8\"", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]
    [InlineData("application/json;q=0.9, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0.8, application/json;q=0.9", "Json")]
    [InlineData("application/graphql-response+json, */*", "GraphQLResponseJson")]
    [InlineData("text/html, image/png", "NotAcceptable")]
    [InlineData("text/*", "NotAcceptable")]
    [InlineData("application/json;q=0", "NotAcceptable")]
    [InlineData("application/json;charset=utf-16", "NotAcceptable")]
    [InlineData("application/json;charset=utf-16, application/graphql-response+json;q=0.1", "GraphQLResponseJson")]
    public void Negotiates_the_response_media_type(string? accept, string expected)
    {
        Assert.Equal(expected, ResponseFormats.Negotiate(accept).ToString());
    }

    [Theory]
    [InlineData("text/html,application/xhtml+xml,*/*;q=0.8", true)]
    [InlineData("TEXT/HTML", true)]
    [InlineData("text/html;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData(null, false)]
    public void Recognises_browsers_asking_for_a_page(string? accept, bool expected)
    {
        Assert.Equal(expected, ResponseFormats.AcceptsHtml(accept));
    }
}
