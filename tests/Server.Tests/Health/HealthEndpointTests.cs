using System.Net;
using System.Net.Sockets;
using System.Text;
using GraphApi.Server.Health;
using GraphApi.Server.Tests.Infrastructure;

namespace GraphApi.Server.Tests.Health;

/// <summary>/health/live and /health/ready of servers whose PostgreSQL and Redis can or cannot be reached.</summary>
public sealed class HealthEndpointTests(ApiServerFixture api) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task Live_answers_200_without_running_any_check()
    {
        var live = await HealthResponse.GetAsync(api.Server, HealthEndpoints.LivePath);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", live.Status);
        Assert.Empty(live.CheckNames);
    }

    [Fact]
    public async Task Ready_answers_200_when_postgres_and_redis_answer()
    {
        var ready = await HealthResponse.GetAsync(api.Server, HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", ready.Status);
        Assert.Equal(["postgres", "redis"], ready.CheckNames);
        Assert.Equal("Healthy", ready.Check("postgres").GetProperty("status").GetString());
        Assert.Equal("Healthy", ready.Check("redis").GetProperty("status").GetString());
        Assert.True(ready.Check("redis").GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task Health_answers_are_not_cached()
    {
        using var response = await api.Server.Client.GetAsync(HealthEndpoints.ReadyPath);

        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Ready_answers_503_while_postgres_cannot_be_reached_and_live_still_answers_200()
    {
        var unreachable = $"Host=127.0.0.1;Port={LoopbackPorts.Closed()};Database=graphapi;Username=graphapi;Password=graphapi";
        await using var server = await ApiServer.StartAsync(unreachable, "--Database:MigrateAtStartup=false");

        var ready = await HealthResponse.GetAsync(server, HealthEndpoints.ReadyPath);
        var live = await HealthResponse.GetAsync(server, HealthEndpoints.LivePath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", ready.Status);
        var postgres = ready.Check("postgres");
        Assert.Equal("Unhealthy", postgres.GetProperty("status").GetString());
        Assert.StartsWith("PostgreSQL did not answer: ", postgres.GetProperty("description").GetString());
        Assert.Equal("Healthy", ready.Check("redis").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_answers_503_while_redis_cannot_be_reached()
    {
        var port = LoopbackPorts.Closed();
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, $"--ConnectionStrings:Redis=127.0.0.1:{port}");

        var ready = await HealthResponse.GetAsync(server, HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Healthy", ready.Check("postgres").GetProperty("status").GetString());
        var redis = ready.Check("redis");
        Assert.Equal("Unhealthy", redis.GetProperty("status").GetString());
        Assert.StartsWith($"Redis at 127.0.0.1:{port} is not reachable: ", redis.GetProperty("description").GetString());
    }

    [Theory]
    [InlineData("HTTP/1.1 400 Bad Request\r\n\r\n", "did not answer PING: ")]
    [InlineData("-NOAUTH Authentication required.\r\n", "answered PING with '-NOAUTH Authentication required.'.")]
    [InlineData("", "did not answer PING: ")]
    public async Task Ready_answers_503_when_the_redis_address_does_not_answer_pong(string reply, string description)
    {
        using var notRedis = new TcpListener(IPAddress.Loopback, 0);
        notRedis.Start();
        var port = ((IPEndPoint)notRedis.LocalEndpoint).Port;
        var answered = AnswerOnceAsync(notRedis, reply);
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, $"--ConnectionStrings:Redis=127.0.0.1:{port}");

        var ready = await HealthResponse.GetAsync(server, HealthEndpoints.ReadyPath);
        await answered;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var redis = ready.Check("redis");
        Assert.Equal("Unhealthy", redis.GetProperty("status").GetString());
        // The client's own explanation (a lost connection, a reply that is not RESP) follows a "did not answer" prefix.
        Assert.StartsWith($"Redis at 127.0.0.1:{port} {description}", redis.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Ready_checks_only_postgres_when_no_redis_is_configured()
    {
        await using var server = await ApiServer.StartAsync(api.Database.ConnectionString, "--ConnectionStrings:Redis=");

        var ready = await HealthResponse.GetAsync(server, HealthEndpoints.ReadyPath);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(["postgres"], ready.CheckNames);
    }

    /// <summary>Accepts one connection, reads a RESP PING, answers <paramref name="reply"/> and closes.</summary>
    private static async Task AnswerOnceAsync(TcpListener listener, string reply)
    {
        const string ping = "*1\r\n$4\r\nPING\r\n";
        using var client = await listener.AcceptTcpClientAsync();
        var stream = client.GetStream();
        var request = new byte[ping.Length];
        await stream.ReadExactlyAsync(request);
        Assert.Equal(ping, Encoding.ASCII.GetString(request));
        await stream.WriteAsync(Encoding.ASCII.GetBytes(reply));
    }
}
