using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with a port the OS picks, hosting <see cref="TestSchema"/> (or the schema given) at
/// /graphql, and an <see cref="HttpClient"/> that talks to it directly (never through a proxy).
/// </summary>
internal sealed class GraphQLTestServer : IAsyncDisposable
{
    /// <summary>The header the test authentication reads the user's name from.</summary>
    public const string UserHeader = "X-Test-User";

    private readonly WebApplication _app;

    private GraphQLTestServer(WebApplication app, TestState state)
    {
        _app = app;
        State = state;
        BaseAddress = new Uri(app.Urls.Single());
        Endpoint = new Uri(BaseAddress, "/graphql");
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = BaseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri Endpoint { get; }

    public HttpClient Client { get; }

    /// <summary>The endpoint as a <c>ws://</c> address, for WebSocket clients.</summary>
    public Uri WebSocketEndpoint => new UriBuilder(Endpoint) { Scheme = "ws" }.Uri;

    /// <summary>The application's services (for the tests' in-memory event hub).</summary>
    public IServiceProvider Services => _app.Services;

    public TestState State { get; }

    public static async Task<GraphQLTestServer> StartAsync(
        Action<GraphQLServerOptions>? configure = null,
        string environment = "Production",
        GraphQL.Types.Schema? schema = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var state = new TestState();
        builder.Services.AddSingleton(state).AddScoped<TestGreeter>();
        configureServices?.Invoke(builder.Services);
        builder.Services.AddGraphQLServer(schema ?? TestSchema.Build(state), configure);
        var app = builder.Build();
        app.UseCors();
        app.UseWebSockets();
        app.Use(AuthenticateFromHeader);
        app.MapGraphQL();
        await app.StartAsync();
        return new GraphQLTestServer(app, state);
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? accept = null, string? contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostQueryAsync(string query, string? accept = null) =>
        PostAsync(JsonSerializer.Serialize(new { query }), accept);

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetQueryAsync(string query, string? accept = null) =>
        GetAsync("/graphql?query=" + Uri.EscapeDataString(query), accept);

    /// <summary>Stops the server as a host stops on SIGTERM: application stopping, then Kestrel's graceful shutdown.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static Task AuthenticateFromHeader(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Headers[UserHeader] is [{ } name])
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "Test"));
        }
        return next(context);
    }
}
