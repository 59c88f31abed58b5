using GraphQL.Subscriptions;

namespace GraphApi.Server.Live;

/// <summary>Registers what live subscriptions need: the topic provider.</summary>
public static class LiveRegistration
{
    /// <summary>Registers the in-memory topic provider.</summary>
    public static IServiceCollection AddGraphApiLive(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInMemorySubscriptions();
        return services;
    }
}
