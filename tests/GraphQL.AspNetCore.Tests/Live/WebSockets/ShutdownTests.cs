namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>A real server stop completes every live subscription and closes sockets with 1001.</summary>
public sealed class ShutdownTests
{
    [Theory]
    [InlineData(TestSocket.TransportWs, "subscribe")]
    [InlineData(TestSocket.LegacyWs, "start")]
    public async Task Stopping_the_server_completes_subscriptions_and_closes_with_1001(string protocol, string subscribe)
    {
        await using var live = await LiveServer.StartAsync();
        await using var socket = await live.ConnectAsync(protocol);
        await socket.SendAsync(new { type = "connection_init" });
        await socket.ReceiveAsync("connection_ack");
        if (protocol == TestSocket.LegacyWs)
        {
            await socket.ReceiveAsync("ka");
        }
        await socket.SendAsync(new { id = "a", type = subscribe, payload = new { query = """subscription { events(topic: "shutdown") }""" } });
        await socket.SendAsync(new { id = "b", type = subscribe, payload = new { query = """subscription { events(topic: "shutdown") }""" } });
        await live.Hub.WaitForSubscribersAsync("shutdown", 2);

        var stopping = live.Server.StopAsync();
        var (code, reason, messages) = await socket.ReceiveCloseAsync();
        await stopping;

        Assert.Equal((1001, "The server is shutting down"), (code, reason));
        Assert.Equal(["a", "b"], messages.Where(m => m.GetProperty("type").GetString() == "complete").Select(m => m.GetProperty("id").GetString()).Order());
        Assert.Equal(2, messages.Count);
        Assert.Equal(0, live.Hub.SubscriberCount("shutdown"));
    }
}
