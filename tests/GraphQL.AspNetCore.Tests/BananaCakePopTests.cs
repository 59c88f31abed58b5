using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed partial class BananaCakePopTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql/")]
    public async Task Serves_the_ide_page_to_browsers_with_links_resolved_under_the_endpoint(string path)
    {
        var response = await Server.GetAsync(path, BrowserAccept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<!doctype html><html lang=\"en\"><head><base href=\"/graphql/\">", page);
        Assert.Contains("<title>Banana Cake Pop</title>", page);
    }

    [Fact]
    public async Task Serves_the_ide_files_below_the_endpoint()
    {
        var page = await (await Server.GetAsync("/graphql", BrowserAccept)).Content.ReadAsStringAsync();
        var script = ScriptSource().Match(page).Groups[1].Value;

        var response = await Server.GetAsync("/graphql/" + script);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Theory]
    [InlineData("/graphql/nope.js")]
    [InlineData("/graphql/index.cjs")]
    [InlineData("/graphql/package.json")]
    public async Task Answers_404_for_files_the_ide_does_not_have(string path)
    {
        var response = await Server.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Points_the_ide_at_the_endpoint_over_http_and_websocket()
    {
        var response = await Server.GetAsync("/graphql/bcp-config.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var config = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var authority = Server.BaseAddress.Authority;
        Assert.Equal(
            $$"""{"endpoint":"http://{{authority}}/graphql","subscriptionEndpoint":"ws://{{authority}}/graphql","useBrowserUrlAsEndpoint":false,"includeCookies":false,"disableTelemetry":true}""",
            config.RootElement.GetRawText());
    }

    [Fact]
    public async Task Passes_the_title_cookie_and_telemetry_options_to_the_ide()
    {
        await using var server = await GraphQLTestServer.StartAsync(options =>
        {
            options.Tool.Title = "GraphApi";
            options.Tool.IncludeCookies = true;
            options.Tool.DisableTelemetry = false;
        });

        using var config = JsonDocument.Parse(await server.Client.GetStringAsync("/graphql/bcp-config.json"));

        Assert.Equal("GraphApi", config.RootElement.GetProperty("title").GetString());
        Assert.True(config.RootElement.GetProperty("includeCookies").GetBoolean());
        Assert.False(config.RootElement.GetProperty("disableTelemetry").GetBoolean());
    }

    [Fact]
    public async Task Serves_no_ide_when_disabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.Tool.Enable = false);

        var page = await server.GetAsync("/graphql", BrowserAccept);
        var config = await server.GetAsync("/graphql/bcp-config.json");

        (await page.ShouldBeAsync(HttpStatusCode.BadRequest, "application/json")).SingleErrorWithCode("HC0013");
        Assert.Equal(HttpStatusCode.NotFound, config.StatusCode);
    }

    [GeneratedRegex("<script defer=\"defer\" src=\"(static/js/main\\.[0-9a-f]+\\.js)\">")]
    private static partial Regex ScriptSource();
}
