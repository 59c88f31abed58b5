using GraphApi.Redis;
using GraphApi.Redis.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Bench.Fanout;

/// <summary>A Kestrel server on 127.0.0.1 (a free port) with the tick schema at /graphql and the Redis topic provider.</summary>
internal sealed class FanoutHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private FanoutHost(WebApplication app, Uri endpoint)
    {
        this.app = app;
        Endpoint = endpoint;
    }

    /// <summary>ws://127.0.0.1:port/graphql</summary>
    public Uri Endpoint { get; }

    /// <summary>The server's topic provider, to see how many subscribers it has.</summary>
    public RedisPubSub Topics => app.Services.GetRequiredService<RedisPubSub>();

    public static async Task<FanoutHost> StartAsync(RedisOptions redis, string topicPrefix)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRedisSubscriptions(redis, options => options.TopicPrefix = topicPrefix);
        builder.Services.AddGraphQLServer(TickSchema.Build(), options =>
        {
            options.Tool.Enable = false;
            options.WebSockets.KeepAliveInterval = null; // no pings between rounds: only ticks on the wire
        });

        var app = builder.Build();
        app.UseWebSockets();
        app.MapGraphQL();
        await app.StartAsync();
        await app.Services.GetRequiredService<RedisPubSub>().ConnectAsync();
        var http = new Uri(app.Urls.Single());
        return new FanoutHost(app, new Uri($"ws://{http.Authority}/graphql"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
