using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphApi.Schema.Posts;

/// <summary>Registers what the posts API needs.</summary>
public static class PostsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="PostService"/> (and the system clock, unless a <see cref="TimeProvider"/> is registered).</summary>
    public static IServiceCollection AddPosts(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PostService>();
        return services;
    }
}
