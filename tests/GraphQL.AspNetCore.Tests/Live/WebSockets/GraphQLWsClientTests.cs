using System.Text.Json;

namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>The npm graphql-ws client (with ws), run by tests/graphql-ws/client.mjs against a live server.</summary>
public sealed class GraphQLWsClientTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

    private LiveServer Live => fixture.Live;

    private async Task<JsonElement> RunAsync(string scenario)
    {
        var folder = RepositoryPaths.NodePackage("tests/graphql-ws");
        var (exitCode, output) = await NodeScript.RunAsync(folder, Timeout, "client.mjs", Live.Server.WebSocketEndpoint.ToString(), scenario);
        Assert.True(exitCode == 0, $"client.mjs {scenario} exited with {exitCode}: {output}");
        using var document = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        return document.RootElement.Clone();
    }

    [Fact]
    public async Task Subscribes_receives_several_results_and_completes()
    {
        var output = await RunAsync("subscribe");

        Assert.Equal(
            """[{"data":{"count":1}},{"data":{"count":2}},{"data":{"count":3}}]""",
            output.GetProperty("results").GetRawText());
        Assert.True(output.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Runs_a_query_over_the_socket()
    {
        var output = await RunAsync("query");

        Assert.Equal("""[{"data":{"hello":"Hello, world!"}}]""", output.GetProperty("results").GetRawText());
        Assert.True(output.GetProperty("completed").GetBoolean());
    }

    [Fact]
    public async Task Authenticates_with_the_connection_params()
    {
        var output = await RunAsync("auth");

        Assert.Equal("""[{"data":{"me":"ada"}}]""", output.GetProperty("results").GetRawText());
    }

    [Fact]
    public async Task Sees_the_close_code_of_refused_connection_params()
    {
        var output = await RunAsync("refused");

        Assert.Equal(4403, output.GetProperty("close").GetProperty("code").GetInt32());
        Assert.Equal("The access token is invalid.", output.GetProperty("close").GetProperty("reason").GetString());
        Assert.Equal(0, output.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public async Task Gets_the_error_of_a_subscription_it_may_not_read()
    {
        var output = await RunAsync("forbidden");

        Assert.Equal("AUTH_NOT_AUTHENTICATED", output.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(output.GetProperty("completed").GetBoolean());
    }
}
