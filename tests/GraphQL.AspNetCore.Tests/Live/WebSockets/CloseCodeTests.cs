using System.Net;
using System.Net.WebSockets;

namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>Each graphql-transport-ws close code, caused over a real socket.</summary>
public sealed class CloseCodeTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Live => fixture.Live;

    [Theory]
    [InlineData("not json", "The message is not valid JSON")]
    [InlineData("[1, 2]", "A message must be a JSON object with a string \"type\".")]
    [InlineData("""{"type": 5}""", "A message must be a JSON object with a string \"type\".")]
    [InlineData("""{"type": "start", "id": "1"}""", "The message type \"start\" is not part of graphql-transport-ws.")]
    [InlineData("""{"type": "subscribe", "payload": {"query": "{ hello }"}}""", "A \"subscribe\" message needs a non-empty string \"id\".")]
    [InlineData("""{"type": "subscribe", "id": "1"}""", "The payload of operation \"1\" must be an object with a \"query\", but it is missing.")]
    [InlineData("""{"type": "subscribe", "id": "1", "payload": {"query": 5}}""", "The payload of operation \"1\" is invalid. The \"query\" parameter must be a string or null, but it is a number.")]
    [InlineData("""{"type": "subscribe", "id": "1", "payload": {"variables": {}}}""", "The payload of operation \"1\" is invalid. The request has no \"query\": it must give the GraphQL document as a string.")]
    [InlineData("""{"type": "complete"}""", "A \"complete\" message needs a string \"id\".")]
    public async Task An_invalid_message_closes_with_4400_saying_what_is_wrong(string message, string reason)
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SendTextAsync(message);

        var (code, actual, _) = await socket.ReceiveCloseAsync();
        Assert.Equal(4400, code);
        Assert.StartsWith(reason.Length > 100 ? reason[..100] : reason, actual);
    }

    [Fact]
    public async Task Subscribe_before_the_connection_is_acknowledged_closes_with_4401()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.SubscribeAsync("1", "{ hello }");

        var (code, reason, messages) = await socket.ReceiveCloseAsync();
        Assert.Equal((4401, "Unauthorized"), (code, reason));
        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_refusing_connection_interceptor_closes_with_4403()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.SendAsync(new { type = "connection_init", payload = new { authorization = "Basic nope" } });

        var (code, reason, messages) = await socket.ReceiveCloseAsync();
        Assert.Equal((4403, "The access token is invalid."), (code, reason));
        Assert.Empty(messages);
    }

    [Fact]
    public async Task An_interceptor_that_throws_closes_with_1011()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.SendAsync(new { type = "connection_init", payload = new { fail = true } });

        var (code, reason, messages) = await socket.ReceiveCloseAsync();
        Assert.Equal((1011, "Internal server error"), (code, reason));
        Assert.Empty(messages);
    }

    [Fact]
    public async Task No_connection_init_within_the_timeout_closes_with_4408()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var socket = await live.ConnectAsync();

        var (code, reason, _) = await socket.ReceiveCloseAsync();

        Assert.Equal((4408, "Connection initialisation timeout"), (code, reason));
    }

    [Fact]
    public async Task A_connection_init_in_time_is_not_closed_by_the_timeout()
    {
        // Long enough that connecting and initialising fit in it on a busy machine; the wait then passes its end.
        var timeout = TimeSpan.FromSeconds(2);
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.ConnectionInitTimeout = timeout);
        await using var socket = await live.ConnectAsync();
        await socket.InitAsync();

        await Task.Delay(timeout + TimeSpan.FromMilliseconds(500));

        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task A_subscribe_with_the_id_of_a_running_operation_closes_with_4409()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();
        await socket.SubscribeAsync("dup", """subscription { events(topic: "duplicate") }""");
        await Live.Hub.WaitForSubscribersAsync("duplicate", 1);

        await socket.SubscribeAsync("dup", "{ hello }");

        var (code, reason, _) = await socket.ReceiveCloseAsync();
        Assert.Equal((4409, "Subscriber for dup already exists"), (code, reason));
        await Live.Hub.WaitForSubscribersAsync("duplicate", 0);
    }

    [Fact]
    public async Task A_second_connection_init_closes_with_4429()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(new { type = "connection_init" });

        var (code, reason, _) = await socket.ReceiveCloseAsync();
        Assert.Equal((4429, "Too many initialisation requests"), (code, reason));
    }

    [Fact]
    public async Task A_connection_init_payload_that_is_not_an_object_closes_with_4400()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.SendAsync(new { type = "connection_init", payload = "token" });

        var (code, reason, _) = await socket.ReceiveCloseAsync();
        Assert.Equal((4400, "The \"connection_init\" payload must be an object or null."), (code, reason));
    }

    [Fact]
    public async Task A_binary_message_closes_with_4400()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.SendBinaryAsync([1, 2, 3]);

        var (code, reason, _) = await socket.ReceiveCloseAsync();
        Assert.Equal((4400, "Only text messages (JSON) are accepted"), (code, reason));
    }

    [Fact]
    public async Task An_unsupported_subprotocol_is_refused_at_the_upgrade()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("mqtt");
        socket.Options.CollectHttpResponseDetails = true;

        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(Live.Server.WebSocketEndpoint, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadRequest, socket.HttpStatusCode);
    }

    [Fact]
    public async Task An_upgrade_without_subprotocol_is_refused_with_a_graphql_error()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", Convert.ToBase64String(new byte[16]));

        var response = await Live.Server.Client.SendAsync(request);

        var result = await Infrastructure.ResponseAssertions.ShouldBeAsync(response, HttpStatusCode.BadRequest, "application/json");
        Assert.Equal(
            "The WebSocket request names no subprotocol: ask for \"graphql-transport-ws\" (or the legacy \"graphql-ws\") in Sec-WebSocket-Protocol.",
            Infrastructure.ResponseAssertions.SingleErrorWithCode(result, "HTTP_WEBSOCKET_SUBPROTOCOL_NOT_SUPPORTED"));
    }
}
