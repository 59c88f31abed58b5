using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphApi.Redis;

namespace GraphApi.Testing;

/// <summary>
/// A redis-server of the test's own on a free loopback port, which the test may kill and start again on the same port
/// (for outage tests). The shared Redis is never stopped.
/// </summary>
public sealed class PrivateRedisServer : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

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

    /// <summary>Starts redis-server (no persistence) and waits until it answers PING.</summary>
    public async Task StartAgainAsync()
    {
        if (process is not null)
        {
            throw new InvalidOperationException($"The private redis-server on port {Port} is already running.");
        }
        var start = new ProcessStartInfo("redis-server")
        {
            ArgumentList = { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var started = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start.");
        process = started;
        started.OutputDataReceived += (_, _) => { };
        started.BeginOutputReadLine();
        var deadline = DateTime.UtcNow + StartTimeout;
        while (!await AnswersAsync())
        {
            if (started.HasExited)
            {
                throw new InvalidOperationException($"redis-server on port {Port} exited with code {started.ExitCode}.");
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The private redis-server on port {Port} did not answer within {StartTimeout.TotalSeconds} s.");
            }
            await Task.Delay(50);
        }
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

    private async Task<bool> AnswersAsync()
    {
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
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
