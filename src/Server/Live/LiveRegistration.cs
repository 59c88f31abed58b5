using GraphApi.Redis.Subscriptions;
using GraphApi.Server.Redis;
using GraphQL.Subscriptions;

namespace GraphApi.Server.Live;

/// <summary>
/// Registers what live subscriptions need: the topic provider (Redis when <c>ConnectionStrings:Redis</c> is set, so
/// that every server instance receives every event; in memory otherwise) and the WebSocket sign-in with access tokens.
/// </summary>
public static class LiveRegistration
{
    /// <summary>The configuration section of the topic provider's settings (<c>Subscriptions__TopicPrefix</c>…).</summary>
    public const string Section = "Subscriptions";

    /// <summary>
    /// Registers the topic provider with the <see cref="Section"/> settings (buffer capacity and full mode; with Redis,
    /// the channel prefix) and <see cref="AccessTokenSocketInterceptor"/>. Invalid settings throw here, at startup.
    /// </summary>
    public static IServiceCollection AddGraphApiLive(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section);
        if (RedisConfiguration.Read(configuration) is { } redis)
        {
            services.AddRedisSubscriptions(redis, settings.Bind);
        }
        else
        {
            services.AddInMemorySubscriptions(settings.Bind);
        }
        services.AddSocketSessionInterceptor<AccessTokenSocketInterceptor>();
        return services;
    }
}
