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
/// override appsettings.json and the environment; later ones win.
/// </summary>
public sealed class ApiServer : IAsyncDisposable
{
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
    public static async Task<ApiServer> StartAsync(string postgresConnectionString, params string[] settings)
    {
        string[] args =
        [
            "--urls=http://127.0.0.1:0",
            "--environment=Production",
            "--Logging:LogLevel:Default=Warning",
            $"--ConnectionStrings:Postgres={postgresConnectionString}",
            $"--ConnectionStrings:Redis={TestRedis.ConnectionString}",
            .. settings,
        ];
        var app = ServerApp.Build(ServerApp.CreateBuilder(args));
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
