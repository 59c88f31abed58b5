using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Server;
using GraphApi.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Bench.Feed;

/// <summary>
/// The real GraphApi application (<see cref="ServerApp"/>) on Kestrel at a free port of 127.0.0.1, on the benchmark's
/// database and the shared Redis, with <see cref="Statements"/> counting every SQL command its DbContexts send, and
/// an <see cref="HttpClient"/> that posts GraphQL requests to it.
/// </summary>
internal sealed class FeedHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FeedHost(WebApplication app, SqlStatementCounter statements)
    {
        _app = app;
        Statements = statements;
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = new Uri(address) };
    }

    /// <summary>Every SQL command the server's contexts ran since the last reset.</summary>
    public SqlStatementCounter Statements { get; }

    public HttpClient Client { get; }

    public static async Task<FeedHost> StartAsync(string postgresConnectionString)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            "--Logging:LogLevel:Default=Warning",
            $"--ConnectionStrings:Postgres={postgresConnectionString}",
            $"--ConnectionStrings:Redis={TestRedis.ConnectionString}",
            $"--Auth:SigningKey={Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}",
            // The request rate limit stays on (its Redis round trip is part of every request) but far above the bench's rate.
            $"--RateLimits:KeyPrefix=bench-{Guid.NewGuid():N}:ratelimit:",
            "--GraphQL:RateLimit:PermitLimit=1000000000",
        ];
        var builder = ServerApp.CreateBuilder(args);
        var statements = new SqlStatementCounter();
        statements.AddTo(builder.Services);
        var app = ServerApp.Build(builder);
        await app.StartAsync();
        return new FeedHost(app, statements);
    }

    /// <summary>A POST /graphql request body, serialized once so that the timed loop only sends bytes.</summary>
    public static byte[] Body(string query, object? variables = null) =>
        JsonSerializer.SerializeToUtf8Bytes(new { query, variables });

    /// <summary>Posts <paramref name="body"/> with the bearer token and returns the response text; throws unless 200.</summary>
    public async Task<string> PostAsync(byte[] body, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json", "utf-8");
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? text
            : throw new InvalidOperationException($"POST /graphql answered {(int)response.StatusCode}: {text}");
    }

    /// <summary>Posts a request and returns its <c>data</c>; throws when the response has errors.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null, string? accessToken = null)
    {
        using var document = JsonDocument.Parse(await PostAsync(Body(query, variables), accessToken));
        return document.RootElement.TryGetProperty("errors", out var errors)
            ? throw new InvalidOperationException($"The request answered errors: {errors}")
            : document.RootElement.GetProperty("data").Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
