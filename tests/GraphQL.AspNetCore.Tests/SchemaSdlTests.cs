using System.Net;
using GraphQL.AspNetCore.Tests.Infrastructure;
using GraphQL.Types;

namespace GraphQL.AspNetCore.Tests;

public sealed class SchemaSdlTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private static readonly string ExpectedSdl = SchemaPrinter.Print(TestSchema.Build(new TestState()));

    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData(null)]
    [InlineData("text/html")]
    public async Task Serves_the_sdl_at_the_sdl_parameter(string? accept)
    {
        var response = await Server.GetAsync("/graphql?sdl", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal(ExpectedSdl, await response.Content.ReadAsStringAsync());
        Assert.Contains("hello(name: String): String!", ExpectedSdl);
    }

    [Fact]
    public async Task Serves_the_sdl_as_a_download_at_schema_graphql()
    {
        var response = await Server.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("schema.graphql", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(ExpectedSdl, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_no_sdl_when_schema_requests_are_disabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableSchemaRequests = false);

        var file = await server.GetAsync("/graphql/schema.graphql");
        var parameter = await server.GetAsync("/graphql?sdl", "application/json");

        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        (await parameter.ShouldBeAsync(HttpStatusCode.BadRequest, "application/json")).SingleErrorWithCode("HC0013");
    }
}
