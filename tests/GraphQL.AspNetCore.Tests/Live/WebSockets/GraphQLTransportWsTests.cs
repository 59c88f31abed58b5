namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>graphql-transport-ws over a real socket: the message flow of operations that succeed, fail and are stopped.</summary>
public sealed class GraphQLTransportWsTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Live => fixture.Live;

    [Fact]
    public async Task Accepts_the_subprotocol_and_acknowledges_connection_init()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.InitAsync();

        Assert.Equal("graphql-transport-ws", socket.SubProtocol);
    }

    [Fact]
    public async Task A_subscription_sends_next_for_each_event_then_complete()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("1", "subscription { count(to: 3) }");

        for (var i = 1; i <= 3; i++)
        {
            var next = await socket.ReceiveAsync("next", "1");
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("count").GetInt32());
        }
        await socket.ReceiveAsync("complete", "1");
        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task Events_published_while_subscribed_arrive_in_order_with_variables()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();
        await socket.SubscribeAsync("a", "subscription($topic: String!) { events(topic: $topic) }", new { topic = "in-order" });
        await Live.Hub.WaitForSubscribersAsync("in-order", 1);

        Live.Hub.Publish("in-order", "first");
        Live.Hub.Publish("in-order", "second");

        Assert.Equal("first", (await socket.ReceiveAsync("next", "a")).GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
        Assert.Equal("second", (await socket.ReceiveAsync("next", "a")).GetProperty("payload").GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task Client_complete_stops_the_servers_stream_and_nothing_more_is_sent_for_it()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();
        await socket.SubscribeAsync("s", """subscription { events(topic: "stop-me") }""");
        await Live.Hub.WaitForSubscribersAsync("stop-me", 1);

        await socket.SendAsync(new { id = "s", type = "complete" });

        await Live.Hub.WaitForSubscribersAsync("stop-me", 0);
        Live.Hub.Publish("stop-me", "too late");
        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task The_id_of_a_completed_operation_can_be_used_again()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();
        await socket.SubscribeAsync("same", "subscription { count(to: 1) }");
        await socket.ReceiveAsync("next", "same");
        await socket.ReceiveAsync("complete", "same");

        await socket.SubscribeAsync("same", "{ hello }");

        await socket.ReceiveAsync("next", "same");
        await socket.ReceiveAsync("complete", "same");
    }

    [Fact]
    public async Task A_query_over_the_socket_sends_one_next_then_complete()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("q", "{ hello }");

        var next = await socket.ReceiveAsync("next", "q");
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", next.GetProperty("payload").GetRawText());
        await socket.ReceiveAsync("complete", "q");
    }

    [Fact]
    public async Task A_mutation_over_the_socket_runs_once()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("m1", "mutation { increment }");
        var first = (await socket.ReceiveAsync("next", "m1")).GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32();
        await socket.ReceiveAsync("complete", "m1");
        await socket.SubscribeAsync("m2", "mutation { increment }");
        var second = (await socket.ReceiveAsync("next", "m2")).GetProperty("payload").GetProperty("data").GetProperty("increment").GetInt32();

        Assert.Equal(first + 1, second);
    }

    [Fact]
    public async Task A_validation_error_is_an_error_message_without_complete_and_the_socket_stays_open()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("bad", "subscription { nope }");

        var error = await socket.ReceiveAsync("error", "bad");
        var errors = error.GetProperty("payload");
        Assert.Equal(System.Text.Json.JsonValueKind.Array, errors.ValueKind);
        Assert.Contains("nope", errors[0].GetProperty("message").GetString());
        Assert.True(errors[0].TryGetProperty("locations", out _));
        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task A_failing_source_sends_its_error_as_a_last_next_then_complete()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("f", "subscription { failing }");

        Assert.Equal(1, (await socket.ReceiveAsync("next", "f")).GetProperty("payload").GetProperty("data").GetProperty("failing").GetInt32());
        var last = (await socket.ReceiveAsync("next", "f")).GetProperty("payload");
        Assert.Equal("HC0008", last.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await socket.ReceiveAsync("complete", "f");
    }

    [Fact]
    public async Task Ping_is_answered_with_pong_before_and_after_init()
    {
        await using var socket = await Live.ConnectAsync();

        await socket.ExpectOpenAndQuietAsync();
        await socket.InitAsync();
        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task A_pong_from_the_client_is_accepted_silently()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SendAsync(new { type = "pong" });

        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task Operations_run_as_the_upgrade_requests_user_by_default()
    {
        await using var socket = await Live.ConnectAsync(user: "grace");
        await socket.InitAsync();

        await socket.SubscribeAsync("me", "{ me }");

        Assert.Equal("grace", (await socket.ReceiveAsync("next", "me")).GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
    }
}
