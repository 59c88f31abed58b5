using Microsoft.Extensions.Configuration;

namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>The largest message and the operations per socket, with their settings.</summary>
public sealed class WebSocketLimitTests
{
    [Fact]
    public void The_limits_have_defaults()
    {
        var options = new GraphQLServerOptions().WebSockets;

        Assert.Equal(1024 * 1024, options.MaxMessageSize);
        Assert.Equal(100, options.MaxOperationsPerSocket);
        Assert.Equal(TimeSpan.FromSeconds(10), options.ConnectionInitTimeout);
        Assert.Equal(TimeSpan.FromSeconds(5), options.KeepAliveInterval);
    }

    [Fact]
    public void The_settings_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WebSockets:ConnectionInitTimeout"] = "00:00:03",
            ["WebSockets:KeepAliveInterval"] = "00:00:30",
            ["WebSockets:MaxMessageSize"] = "65536",
            ["WebSockets:MaxOperationsPerSocket"] = "20",
            ["Sse:Enable"] = "false",
            ["Sse:KeepAliveInterval"] = "00:00:15",
        }).Build();
        var options = new GraphQLServerOptions();

        configuration.Bind(options);

        Assert.Equal(
            (TimeSpan.FromSeconds(3), (TimeSpan?)TimeSpan.FromSeconds(30), 65536, 20),
            (options.WebSockets.ConnectionInitTimeout, options.WebSockets.KeepAliveInterval, options.WebSockets.MaxMessageSize, options.WebSockets.MaxOperationsPerSocket));
        Assert.False(options.Sse.Enable);
        Assert.Equal(TimeSpan.FromSeconds(15), options.Sse.KeepAliveInterval);
    }

    [Fact]
    public async Task A_message_larger_than_the_limit_closes_with_1009()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.MaxMessageSize = 1000);
        await using var socket = await live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("big", "{ hello }" + new string(' ', 1000));

        var (code, reason, _) = await socket.ReceiveCloseAsync();
        Assert.Equal((1009, "Messages may be at most 1000 bytes"), (code, reason));
    }

    [Fact]
    public async Task A_message_within_the_limit_is_accepted()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.MaxMessageSize = 1000);
        await using var socket = await live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("fits", "{ hello }" + new string(' ', 900));

        await socket.ReceiveAsync("next", "fits");
    }

    [Fact]
    public async Task An_operation_over_the_limit_gets_an_error_and_the_socket_stays_open()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.MaxOperationsPerSocket = 2);
        await using var socket = await live.ConnectAsync();
        await socket.InitAsync();
        await socket.SubscribeAsync("1", """subscription { events(topic: "limit") }""");
        await socket.SubscribeAsync("2", """subscription { events(topic: "limit") }""");
        await live.Hub.WaitForSubscribersAsync("limit", 2);

        await socket.SubscribeAsync("3", """subscription { events(topic: "limit") }""");

        var error = (await socket.ReceiveAsync("error", "3")).GetProperty("payload")[0];
        Assert.Equal("WS_TOO_MANY_OPERATIONS", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(
            "This socket already runs 2 operations, the most it may: complete one before starting another.",
            error.GetProperty("message").GetString());
        Assert.Equal(2, live.Hub.SubscriberCount("limit"));

        await socket.SendAsync(new { id = "1", type = "complete" });
        await live.Hub.WaitForSubscribersAsync("limit", 1);
        await socket.SubscribeAsync("3", "{ hello }");
        await socket.ReceiveAsync("next", "3");
    }
}
