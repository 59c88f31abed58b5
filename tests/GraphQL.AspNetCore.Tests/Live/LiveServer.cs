using GraphQL.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.AspNetCore.Tests.Live;

/// <summary>
/// A real server with <see cref="LiveSchema"/>, its <see cref="EventHub"/>, the <see cref="TestSocketInterceptor"/>
/// and the policy AdaOnly. Keep-alives are off unless a test switches them on, so that messages come in a known order.
/// </summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private LiveServer(GraphQLTestServer server, EventHub hub)
    {
        Server = server;
        Hub = hub;
    }

    public GraphQLTestServer Server { get; }

    public EventHub Hub { get; }

    public static async Task<LiveServer> StartAsync(Action<GraphQLServerOptions>? configure = null)
    {
        var hub = new EventHub();
        var server = await GraphQLTestServer.StartAsync(
            options =>
            {
                options.WebSockets.KeepAliveInterval = null;
                options.Sse.KeepAliveInterval = null;
                configure?.Invoke(options);
            },
            schema: LiveSchema.Build(hub),
            configureServices: services => services
                .AddSingleton(TimeProvider.System)
                .AddSocketSessionInterceptor<TestSocketInterceptor>()
                .AddAuthorization(options => options.AddPolicy("AdaOnly", policy => policy.RequireUserName("ada"))));
        return new LiveServer(server, hub);
    }

    public Task<TestSocket> ConnectAsync(string protocol = TestSocket.TransportWs, string? user = null) =>
        TestSocket.ConnectAsync(Server.WebSocketEndpoint, protocol, user);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}

/// <summary>One live server with the default options, shared by the tests of a class.</summary>
public sealed class LiveServerFixture : IAsyncLifetime
{
    private LiveServer? _server;

    internal LiveServer Live => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await LiveServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
