using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Schema.Follows;

/// <summary>Registers what the follow fields need.</summary>
public static class FollowsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FollowService"/> (a singleton over the database's <c>IDbContextFactory</c>) and
    /// <see cref="TimeProvider"/> when none is registered yet.
    /// </summary>
    public static IServiceCollection AddFollows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<FollowService>();
        return services;
    }
}
