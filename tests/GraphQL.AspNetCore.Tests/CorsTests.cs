using System.Net;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed class CorsTests
{
    private const string AppOrigin = "http://app.example";

    [Fact]
    public async Task Answers_a_preflight_from_an_allowed_origin()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.Cors.AllowedOrigins.Add(AppOrigin));

        var response = await server.Client.SendAsync(Preflight(AppOrigin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(AppOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Contains("content-type", Header(response, "Access-Control-Allow-Headers"));
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Gives_no_access_to_other_origins()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.Cors.AllowedOrigins.Add(AppOrigin));

        var preflight = await server.Client.SendAsync(Preflight("http://evil.example"));
        var post = await server.Client.SendAsync(Post("http://evil.example"));

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(post, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Lets_an_allowed_origin_read_responses_and_send_credentials_when_enabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(options =>
        {
            options.Cors.AllowedOrigins.Add(AppOrigin);
            options.Cors.AllowCredentials = true;
        });

        var response = await server.Client.SendAsync(Post(AppOrigin));

        await response.ShouldBeAsync(HttpStatusCode.OK, "application/json");
        Assert.Equal(AppOrigin, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Sends_no_cors_headers_when_no_origin_is_allowed()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var preflight = await server.Client.SendAsync(Preflight(AppOrigin));
        var post = await server.Client.SendAsync(Post(AppOrigin));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, preflight.StatusCode);
        Assert.Null(Header(post, "Access-Control-Allow-Origin"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
        return request;
    }

    private static HttpRequestMessage Post(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
