using System.Diagnostics;
using System.Text.Json;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>
/// WebSocket clients that stop reading (a send over <c>SendTimeout</c>) or stop in the middle of a frame (no Pong
/// within <c>KeepAliveTimeout</c>): the connection is dropped, its subscriptions leave their topic, a warning is
/// logged, and other clients of the topic are not disturbed.
/// </summary>
public sealed class StuckWebSocketTests
{
    private const string AbortedSending = "aborted: a message to the client was not sent within 00:00:0";

    [Theory]
    [InlineData(TestSocket.TransportWs)]
    [InlineData(TestSocket.LegacyWs)]
    public async Task A_client_that_stops_reading_is_dropped_and_unsubscribed_while_a_reading_client_gets_every_event_in_order(string protocol)
    {
        await using var server = await TopicServer.StartAsync(options => options.WebSockets.SendTimeout = TimeSpan.FromSeconds(1));
        var topic = "ws-stops-reading-" + protocol;
        await using var stuck = await SubscribeStuckClientAsync(server, topic, protocol);
        await using var reader = await SubscribeReaderAsync(server, topic);
        await server.WaitForSubscribersAsync(topic, 2);

        // The stuck client reads nothing more; its buffers fill and a send waits until the timeout drops it.
        int? droppedAfter = null;
        await server.PublishPacedAsync(topic, number => ExpectEventAsync(reader, number), published =>
        {
            droppedAfter ??= server.PubSub.SubscriberCount(topic) < 2 ? published : null;
            return published >= droppedAfter + 3;   // and the reader gets three more
        });

        Assert.Equal(1, server.PubSub.SubscriberCount(topic));
        var warning = Assert.Single(await server.Warnings.WaitForAsync("WebSocket connection"));
        Assert.Matches(@"^WebSocket connection \S+ aborted: a message to the client was not sent within 00:00:01 \(the client does not read\)\.$", warning);
        await stuck.DrainUntilDroppedAsync();
        await reader.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task Shutdown_with_a_stuck_client_finishes_within_the_shutdown_timeout_and_completes_the_other_clients()
    {
        var shutdownTimeout = TimeSpan.FromSeconds(30);
        await using var server = await TopicServer.StartAsync(options => options.WebSockets.SendTimeout = TimeSpan.FromSeconds(5), shutdownTimeout);
        const string topic = "ws-stuck-at-shutdown";
        await using var stuck = await SubscribeStuckClientAsync(server, topic);
        await using var reader = await SubscribeReaderAsync(server, topic);
        await server.WaitForSubscribersAsync(topic, 2);
        // 150 × 64 KiB: more than twice what the TCP buffers between the server and the stuck client hold.
        await server.PublishPacedAsync(topic, number => ExpectEventAsync(reader, number), published => published == 150);
        Assert.True(server.PubSub.SubscriberCount(topic) == 2, "The stuck client was dropped before the stop; the test needs it stuck when the server stops.");

        var stopwatch = Stopwatch.StartNew();
        var stopping = server.Server.StopAsync();
        var (code, reason, messages) = await reader.ReceiveCloseAsync();
        await stopping;
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < shutdownTimeout, $"The stop took {stopwatch.Elapsed}: the host's shutdown timeout ({shutdownTimeout}) ended it, not the send timeout.");
        Assert.Equal((1001, "The server is shutting down"), (code, reason));
        Assert.Equal("complete", Assert.Single(messages).GetProperty("type").GetString());
        Assert.Single(await server.Warnings.WaitForAsync(AbortedSending));
        Assert.Equal(0, server.PubSub.SubscriberCount(topic));
        await stuck.DrainUntilDroppedAsync();
    }

    [Fact]
    public async Task A_client_stuck_in_the_middle_of_a_frame_is_dropped_because_it_answers_no_ping_although_keep_alives_reach_it()
    {
        await using var server = await TopicServer.StartAsync(options =>
        {
            options.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            options.WebSockets.KeepAliveTimeout = TimeSpan.FromSeconds(1);
        });
        const string topic = "ws-half-a-frame";
        await using var client = await RawTcpClient.ConnectAsync(server.Server.BaseAddress);
        await client.UpgradeAsync(TestSocket.TransportWs);
        await client.SendMessageAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
        await client.SendMessageAsync(new { id = "1", type = "subscribe", payload = new { query = TopicServer.Subscription(topic) } });
        await server.WaitForSubscribersAsync(topic, 1);

        await client.SendPartialMessageAsync(new { type = "ping", payload = new { padding = new string('x', 200) } }, sent: 20);
        var messages = await client.ReceiveUntilDroppedAsync();

        Assert.Contains(messages, message => message.GetProperty("type").GetString() == "ping");
        await server.WaitForSubscribersAsync(topic, 0);
        var warning = Assert.Single(await server.Warnings.WaitForAsync("WebSocket connection"));
        Assert.Matches(@"^WebSocket connection \S+ aborted: the client did not answer a WebSocket Ping within 00:00:01\.$", warning);
    }

    [Fact]
    public async Task A_quiet_client_that_answers_pings_stays_connected()
    {
        await using var server = await TopicServer.StartAsync(options =>
        {
            options.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(100);
            options.WebSockets.KeepAliveTimeout = TimeSpan.FromSeconds(1);
        });
        const string topic = "ws-quiet";
        await using var reader = await SubscribeReaderAsync(server, topic);
        await server.WaitForSubscribersAsync(topic, 1);

        // ClientWebSocket answers Ping frames while it receives: here the protocol's keep-alives, for three timeouts.
        for (var i = 0; i < 30; i++)
        {
            await reader.ReceiveAsync("ping");
        }
        await server.PubSub.SendAsync(topic, TopicServer.LargeEvent(1));

        JsonElement next;
        while ((next = await reader.ReceiveAsync()).GetProperty("type").GetString() == "ping")
        {
        }
        Assert.Equal(TopicServer.LargeEvent(1), next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        Assert.Equal(1, server.PubSub.SubscriberCount(topic));
        Assert.Empty(server.Warnings.Containing("WebSocket connection"));
    }

    /// <summary>A raw client that is acknowledged and subscribed to <paramref name="topic"/>, and then reads nothing.</summary>
    private static async Task<RawTcpClient> SubscribeStuckClientAsync(TopicServer server, string topic, string protocol = TestSocket.TransportWs)
    {
        var client = await RawTcpClient.ConnectAsync(server.Server.BaseAddress);
        await client.UpgradeAsync(protocol);
        await client.SendMessageAsync(new { type = "connection_init" });
        Assert.Equal("connection_ack", (await client.ReceiveMessageAsync()).GetProperty("type").GetString());
        var subscribe = protocol == TestSocket.LegacyWs ? "start" : "subscribe";
        await client.SendMessageAsync(new { id = "stuck", type = subscribe, payload = new { query = TopicServer.Subscription(topic) } });
        return client;
    }

    private static async Task<TestSocket> SubscribeReaderAsync(TopicServer server, string topic)
    {
        var reader = await TestSocket.ConnectAsync(server.Server.WebSocketEndpoint);
        await reader.InitAsync();
        await reader.SubscribeAsync("reader", TopicServer.Subscription(topic));
        return reader;
    }

    private static async Task ExpectEventAsync(TestSocket reader, int number)
    {
        var next = await reader.ReceiveAsync("next", "reader");
        var value = next.GetProperty("payload").GetProperty("data").GetProperty("events").GetString()!;
        Assert.True(value == TopicServer.LargeEvent(number), $"Expected event {number}, got \"{value[..Math.Min(value.Length, 12)]}…\".");
    }
}
