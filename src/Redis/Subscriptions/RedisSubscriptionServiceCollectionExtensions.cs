using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GraphApi.Redis.Subscriptions;

/// <summary>Registers <see cref="RedisPubSub"/> as the application's topic provider.</summary>
public static class RedisSubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="RedisPubSub"/> (a singleton, disposed with the container) as <see cref="ITopicEventSender"/>
    /// and <see cref="ITopicEventReceiver"/>, replacing an earlier provider such as the in-memory one. Connects on first
    /// use. <paramref name="connectionString"/> is <c>host[:port][,option=value…]</c> (see <see cref="RedisOptions.Parse"/>).
    /// Invalid settings throw here, at startup.
    /// </summary>
    public static IServiceCollection AddRedisSubscriptions(
        this IServiceCollection services, string connectionString, Action<RedisSubscriptionOptions>? configure = null) =>
        services.AddRedisSubscriptions(RedisOptions.Parse(connectionString), configure);

    /// <inheritdoc cref="AddRedisSubscriptions(IServiceCollection, string, Action{RedisSubscriptionOptions}?)"/>
    public static IServiceCollection AddRedisSubscriptions(
        this IServiceCollection services, RedisOptions redisOptions, Action<RedisSubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(redisOptions);
        var options = new RedisSubscriptionOptions();
        configure?.Invoke(options);
        options.Validate();
        services.Replace(ServiceDescriptor.Singleton(provider =>
            new RedisPubSub(redisOptions, options, provider.GetService<ILoggerFactory>())));
        return services.AddTopicProvider<RedisPubSub>();
    }
}
