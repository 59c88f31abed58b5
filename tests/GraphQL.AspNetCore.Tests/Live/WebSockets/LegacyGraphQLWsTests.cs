using System.Text.Json;

namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>The legacy graphql-ws subprotocol of subscriptions-transport-ws, end to end over a real socket.</summary>
public sealed class LegacyGraphQLWsTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Live => fixture.Live;

    private async Task<TestSocket> ConnectAndInitAsync(object? payload = null)
    {
        var socket = await Live.ConnectAsync(TestSocket.LegacyWs);
        await socket.SendAsync(new { type = "connection_init", payload });
        await socket.ReceiveAsync("connection_ack");
        await socket.ReceiveAsync("ka");
        return socket;
    }

    private static Task StartAsync(TestSocket socket, string id, string query) =>
        socket.SendAsync(new { id, type = "start", payload = new { query } });

    [Fact]
    public async Task Connection_init_is_acknowledged_with_connection_ack_and_a_first_ka()
    {
        await using var socket = await ConnectAndInitAsync();

        Assert.Equal("graphql-ws", socket.SubProtocol);
    }

    [Fact]
    public async Task Start_sends_data_for_each_event_then_complete()
    {
        await using var socket = await ConnectAndInitAsync();

        await StartAsync(socket, "1", "subscription { count(to: 2) }");

        Assert.Equal(1, (await socket.ReceiveAsync("data", "1")).GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32());
        Assert.Equal(2, (await socket.ReceiveAsync("data", "1")).GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32());
        await socket.ReceiveAsync("complete", "1");
    }

    [Fact]
    public async Task A_query_is_one_data_then_complete()
    {
        await using var socket = await ConnectAndInitAsync(new { authorization = "Bearer ada" });

        await StartAsync(socket, "q", "{ me }");

        Assert.Equal("""{"data":{"me":"ada"}}""", (await socket.ReceiveAsync("data", "q")).GetProperty("payload").GetRawText());
        await socket.ReceiveAsync("complete", "q");
    }

    [Fact]
    public async Task Stop_ends_the_servers_stream_and_is_confirmed_with_complete()
    {
        await using var socket = await ConnectAndInitAsync();
        await StartAsync(socket, "s", """subscription { events(topic: "legacy-stop") }""");
        await Live.Hub.WaitForSubscribersAsync("legacy-stop", 1);
        Live.Hub.Publish("legacy-stop", "one");
        await socket.ReceiveAsync("data", "s");

        await socket.SendAsync(new { id = "s", type = "stop" });

        await socket.ReceiveAsync("complete", "s");
        await Live.Hub.WaitForSubscribersAsync("legacy-stop", 0);
    }

    [Fact]
    public async Task A_start_with_a_running_id_replaces_that_operation()
    {
        await using var socket = await ConnectAndInitAsync();
        await StartAsync(socket, "r", """subscription { events(topic: "legacy-old") }""");
        await Live.Hub.WaitForSubscribersAsync("legacy-old", 1);

        await StartAsync(socket, "r", "subscription { count(to: 1) }");

        await Live.Hub.WaitForSubscribersAsync("legacy-old", 0);
        Assert.Equal(1, (await socket.ReceiveAsync("data", "r")).GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32());
        await socket.ReceiveAsync("complete", "r");
    }

    [Fact]
    public async Task A_validation_error_is_an_error_message_with_the_errors()
    {
        await using var socket = await ConnectAndInitAsync();

        await StartAsync(socket, "bad", "{ nope }");

        var errors = (await socket.ReceiveAsync("error", "bad")).GetProperty("payload");
        Assert.Equal(JsonValueKind.Array, errors.ValueKind);
        Assert.Contains("nope", errors[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_invalid_message_gets_an_error_message_and_the_socket_stays_open()
    {
        await using var socket = await ConnectAndInitAsync();

        await socket.SendTextAsync("""{"type":"subscribe","id":"1"}""");

        var error = await socket.ReceiveAsync("error");
        Assert.Equal("The message type \"subscribe\" is not part of the graphql-ws protocol.", error.GetProperty("payload").GetProperty("message").GetString());
        await StartAsync(socket, "after", "{ hello }");
        await socket.ReceiveAsync("data", "after");
    }

    [Fact]
    public async Task A_start_before_connection_init_gets_an_error()
    {
        await using var socket = await Live.ConnectAsync(TestSocket.LegacyWs);

        await StartAsync(socket, "early", "{ hello }");

        var error = await socket.ReceiveAsync("error", "early");
        Assert.Equal("The connection has not been initialised: send \"connection_init\" first.", error.GetProperty("payload").GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_refused_connection_init_gets_connection_error_then_the_socket_closes()
    {
        await using var socket = await Live.ConnectAsync(TestSocket.LegacyWs);

        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = "Basic nope" } });

        var (code, reason, messages) = await socket.ReceiveCloseAsync();
        var error = Assert.Single(messages);
        Assert.Equal("connection_error", error.GetProperty("type").GetString());
        Assert.Equal("The access token is invalid.", error.GetProperty("payload").GetProperty("message").GetString());
        Assert.Equal((4403, "The access token is invalid."), (code, reason));
    }

    [Fact]
    public async Task Connection_terminate_stops_everything_and_closes_normally()
    {
        await using var socket = await ConnectAndInitAsync();
        await StartAsync(socket, "t", """subscription { events(topic: "legacy-terminate") }""");
        await Live.Hub.WaitForSubscribersAsync("legacy-terminate", 1);

        await socket.SendAsync(new { type = "connection_terminate" });

        var (code, _, messages) = await socket.ReceiveCloseAsync();
        Assert.Equal(1000, code);
        Assert.Empty(messages);
        await Live.Hub.WaitForSubscribersAsync("legacy-terminate", 0);
    }
}
