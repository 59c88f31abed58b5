using System.Net.Http.Json;
using System.Text.Json;
using GraphApi.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Infrastructure;

/// <summary>
/// The real GraphApi application (<see cref="ServerApp"/>), started in-process on Kestrel at a loopback port the OS
/// picks, against the PostgreSQL database the test gives and the tests' Redis, with an <see cref="HttpClient"/> that
/// talks to it directly. Settings are passed as command-line arguments (<c>--Database:MigrateAtStartup=false</c>), which
/// override appsettings.json and the environment; later ones win. It runs as Production, with <see cref="SigningKey"/>
/// as <c>Auth:SigningKey</c> and cheap password hashing. Its rate limits count under a Redis key prefix of its own (so
/// that test classes running at the same time, all from 127.0.0.1, do not share budgets), and its request rate limit
/// is raised far above what any test sends; tests of the limits set their own.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
    /// <summary>The <c>Auth:SigningKey</c> the server signs access tokens with.</summary>
    public const string SigningKey = "server-tests-signing-key-long-enough-for-hmac-sha256";

    private readonly WebApplication _app;

    private ApiServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        GraphQLEndpoint = new Uri(baseAddress, "/graphql");
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLEndpoint { get; }

    public HttpClient Client { get; }

    /// <summary>The application's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts the server; startup failures (a migration that fails, a bad setting) are thrown.</summary>
    public static Task<ApiServer> StartAsync(string postgresConnectionString, params string[] settings) =>
        StartAsync(postgresConnectionString, _ => { }, settings);

    /// <summary>
    /// Starts the server with services of the test's own, registered after the application's so that they replace them
    /// (a <see cref="TimeProvider"/> the test moves…).
    /// </summary>
    public static async Task<ApiServer> StartAsync(
        string postgresConnectionString, Action<IServiceCollection> configureServices, params string[] settings)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            "--Logging:LogLevel:Default=Warning",
            $"--ConnectionStrings:Postgres={postgresConnectionString}",
            $"--ConnectionStrings:Redis={TestRedis.ConnectionString}",
            $"--Auth:SigningKey={SigningKey}",
            "--Auth:Passwords:HashIterations=1000",
            $"--RateLimits:KeyPrefix={UniqueRateLimitKeyPrefix()}",
            "--GraphQL:RateLimit:PermitLimit=1000000",
            .. settings,
        ];
        var builder = ServerApp.CreateBuilder(args);
        configureServices(builder.Services);
        var app = ServerApp.Build(builder);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        return new ApiServer(app, new Uri(addresses.Addresses.Single()));
    }

    /// <summary>A rate-limit key prefix no other server uses; give two servers the same one to make them share limits.</summary>
    public static string UniqueRateLimitKeyPrefix() => $"test-{Guid.NewGuid():N}:ratelimit:";

    /// <summary>POSTs a GraphQL request to /graphql, asserts it got 200, and returns the result.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /graphql answered {(int)response.StatusCode}: {body}");
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
