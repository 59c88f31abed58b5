using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace GraphQL.Subscriptions;

/// <summary>Registers a topic provider as the application's <see cref="ITopicEventSender"/> and <see cref="ITopicEventReceiver"/>.</summary>
public static class SubscriptionServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="InMemoryPubSub"/> (a singleton) as sender and receiver, replacing any provider registered
    /// before. The options are validated here, so a bad setting fails at startup.
    /// </summary>
    public static IServiceCollection AddInMemorySubscriptions(this IServiceCollection services, Action<SubscriptionOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = new SubscriptionOptions();
        configure?.Invoke(options);
        options.Validate();
        services.Replace(ServiceDescriptor.Singleton(provider =>
            new InMemoryPubSub(options, provider.GetService<ILogger<InMemoryPubSub>>())));
        return services.AddTopicProvider<InMemoryPubSub>();
    }

    /// <summary>
    /// Makes the registered singleton <typeparamref name="TProvider"/> the application's sender and receiver, replacing
    /// earlier ones; for providers other than the in-memory one (e.g. Redis).
    /// </summary>
    public static IServiceCollection AddTopicProvider<TProvider>(this IServiceCollection services)
        where TProvider : class, ITopicEventSender, ITopicEventReceiver
    {
        ArgumentNullException.ThrowIfNull(services);
        services.Replace(ServiceDescriptor.Singleton<ITopicEventSender>(provider => provider.GetRequiredService<TProvider>()));
        services.Replace(ServiceDescriptor.Singleton<ITopicEventReceiver>(provider => provider.GetRequiredService<TProvider>()));
        return services;
    }
}
