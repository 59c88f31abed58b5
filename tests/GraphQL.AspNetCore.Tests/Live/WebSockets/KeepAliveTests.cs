namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>Server keep-alives on idle sockets: <c>ping</c> (graphql-transport-ws) and <c>ka</c> (legacy).</summary>
public sealed class KeepAliveTests
{
    [Fact]
    public async Task An_idle_graphql_transport_ws_socket_gets_pings()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using var socket = await live.ConnectAsync();
        await socket.InitAsync();

        await socket.ReceiveAsync("ping");
        await socket.ReceiveAsync("ping");
    }

    [Fact]
    public async Task An_idle_legacy_socket_gets_ka_after_the_ack()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        await using var socket = await live.ConnectAsync(TestSocket.LegacyWs);
        await socket.SendAsync(new { type = "connection_init" });

        await socket.ReceiveAsync("connection_ack");
        await socket.ReceiveAsync("ka");
        await socket.ReceiveAsync("ka");
        await socket.ReceiveAsync("ka");
    }

    [Fact]
    public async Task With_keep_alives_off_an_idle_socket_gets_nothing()
    {
        await using var live = await LiveServer.StartAsync(options => options.WebSockets.KeepAliveInterval = null);
        await using var socket = await live.ConnectAsync();
        await socket.InitAsync();

        await Task.Delay(200);

        await socket.ExpectOpenAndQuietAsync();
    }
}
