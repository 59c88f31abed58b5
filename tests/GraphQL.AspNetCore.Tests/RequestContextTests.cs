using System.Net;
using System.Text;
using GraphQL.AspNetCore.Tests.Infrastructure;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.Tests;

public sealed class RequestContextTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task Resolvers_see_the_authenticated_user()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ me }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(GraphQLTestServer.UserHeader, "ada");

        var authenticated = await (await Server.Client.SendAsync(request)).ShouldBeAsync(HttpStatusCode.OK, "application/json");
        var anonymous = await (await Server.PostQueryAsync("{ me }")).ShouldBeAsync(HttpStatusCode.OK, "application/json");

        Assert.Equal("""{"data":{"me":"ada"}}""", authenticated.GetRawText());
        Assert.Equal("""{"data":{"me":null}}""", anonymous.GetRawText());
    }

    [Fact]
    public async Task Resolvers_get_the_request_services()
    {
        var result = await (await Server.PostQueryAsync("{ greeting }")).ShouldBeAsync(HttpStatusCode.OK, "application/json");

        Assert.Equal("""{"data":{"greeting":"Hello from a scoped service"}}""", result.GetRawText());
    }

    [Fact]
    public async Task A_client_that_goes_away_cancels_the_resolvers()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Server.Client.PostAsync(
            "/graphql",
            new StringContent("""{"query":"{ wait }"}""", Encoding.UTF8, "application/json"),
            cancellation.Token));

        await Server.State.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_timed_out_request_is_a_server_error_in_graphql_response_json()
    {
        await using var server = await GraphQLTestServer.StartAsync(options =>
            options.Execution = new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var strict = await (await server.PostQueryAsync("{ wait }", "application/graphql-response+json"))
            .ShouldBeAsync(HttpStatusCode.InternalServerError, "application/graphql-response+json");
        var legacy = await (await server.PostQueryAsync("{ wait }", "application/json"))
            .ShouldBeAsync(HttpStatusCode.OK, "application/json");

        Assert.StartsWith("The request did not finish within the execution timeout", strict.SingleErrorWithCode("HC0045"));
        Assert.StartsWith("The request did not finish within the execution timeout", legacy.SingleErrorWithCode("HC0045"));
    }

    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    public async Task Exception_details_are_shown_in_development_only(string environment, bool shown)
    {
        await using var server = await GraphQLTestServer.StartAsync(environment: environment);

        var result = await (await server.PostQueryAsync("{ boom }")).ShouldBeAsync(HttpStatusCode.OK, "application/json");

        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal("Unexpected Execution Error", error.GetProperty("message").GetString());
        var extensions = error.GetProperty("extensions");
        Assert.Equal(shown, extensions.TryGetProperty("message", out var message));
        if (shown)
        {
            Assert.Equal("Kaboom", message.GetString());
        }
    }
}
