using System.Net;
using System.Net.Sockets;

namespace GraphApi.Redis.Tests;

/// <summary>
/// A loopback TCP proxy in front of the test Redis, to play "Redis went away": <see cref="Stop"/> drops every connection
/// and refuses new ones, <see cref="Resume"/> accepts again on the same port. The shared Redis itself is never touched.
/// </summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly RedisOptions target;
    private readonly List<TcpClient> connections = [];
    private TcpListener listener;

    public TcpProxy(RedisOptions target)
    {
        this.target = target;
        listener = Listen(0);
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    /// <summary>The target's options with the proxy as endpoint.</summary>
    public RedisOptions Options => target with { Host = "127.0.0.1", Port = Port };

    public void Stop()
    {
        listener.Stop();
        lock (connections)
        {
            connections.ForEach(c => c.Dispose());
            connections.Clear();
        }
    }

    public void Resume() => listener = Listen(Port);

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private TcpListener Listen(int port)
    {
        var started = new TcpListener(IPAddress.Loopback, port);
        started.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        started.Start();
        _ = AcceptAsync(started);
        return started;
    }

    private async Task AcceptAsync(TcpListener accepting)
    {
        try
        {
            while (true)
            {
                var client = await accepting.AcceptTcpClientAsync();
                var server = new TcpClient();
                await server.ConnectAsync(target.Host, target.Port);
                lock (connections)
                {
                    connections.Add(client);
                    connections.Add(server);
                }

                _ = PumpAsync(client, server);
                _ = PumpAsync(server, client);
            }
        }
        catch (Exception error) when (error is SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // One side closed.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
