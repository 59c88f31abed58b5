using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphApi.Redis.Tests.Subscriptions;

/// <summary>
/// A redis-server of the test's own on a free loopback port, which the test may kill and start again on the same port.
/// The shared Redis is never stopped.
/// </summary>
internal sealed class PrivateRedisServer : IAsyncDisposable
{
    private Process? process;

    private PrivateRedisServer(int port) => Port = port;

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedisServer> StartAsync()
    {
        var server = new PrivateRedisServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts redis-server (no persistence) and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        Assert.Null(process);
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        await TestRedisServer.EventuallyAsync(async () =>
        {
            Assert.False(process.HasExited, $"redis-server on port {Port} exited with code {(process.HasExited ? process.ExitCode : 0)}.");
            try
            {
                await using var probe = await RedisConnection.ConnectAsync(RedisOptions.Parse(ConnectionString));
                await probe.PingAsync();
                return true;
            }
            catch (RedisConnectionException)
            {
                return false;
            }
        }, $"the private redis-server on port {Port} answers");
    }

    /// <summary>Kills the server (SIGKILL: no goodbye to its clients) and waits until it is gone.</summary>
    public async Task KillAsync()
    {
        var running = process ?? throw new InvalidOperationException("The private redis-server is not running.");
        running.Kill();
        await running.WaitForExitAsync();
        running.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            await KillAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
