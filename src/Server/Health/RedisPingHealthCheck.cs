using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Server.Health;

/// <summary>
/// Healthy when Redis answers <c>PING</c> with <c>+PONG</c>, asked over a new TCP connection in RESP. This is only a
/// reachability probe, deliberately tiny: it neither authenticates nor speaks TLS. GraphApi's own Redis client
/// (src/Redis, later work) will replace it with a check through the client's connection.
/// </summary>
internal sealed class RedisPingHealthCheck(RedisEndpoint endpoint) : IHealthCheck
{
    private const int MaxReplyLength = 256;

    private static readonly byte[] PingCommand = "*1\r\n$4\r\nPING\r\n"u8.ToArray();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = new TcpClient { NoDelay = true };
            await client.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(PingCommand, cancellationToken);
            return await ReadLineAsync(stream, cancellationToken) switch
            {
                "+PONG" => HealthCheckResult.Healthy($"Redis at {endpoint} answered PING."),
                null => HealthCheckResult.Unhealthy($"Redis at {endpoint} closed the connection without answering PING."),
                var reply => HealthCheckResult.Unhealthy($"Redis at {endpoint} answered PING with '{reply}'."),
            };
        }
        catch (Exception exception) when (exception is SocketException or IOException)
        {
            return HealthCheckResult.Unhealthy($"Redis at {endpoint} is not reachable: {exception.Message}", exception);
        }
    }

    /// <summary>The first line of the reply (a RESP simple string or error), or null when the server closes first.</summary>
    private static async Task<string?> ReadLineAsync(NetworkStream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxReplyLength];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return null;
            }
            length += read;
            var end = buffer.AsSpan(0, length).IndexOf("\r\n"u8);
            if (end >= 0)
            {
                return Encoding.ASCII.GetString(buffer, 0, end);
            }
        }
        return Encoding.ASCII.GetString(buffer, 0, length);
    }
}
