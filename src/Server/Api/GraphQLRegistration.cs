using GraphApi.Schema;
using GraphApi.Schema.Posts;
using GraphQL.AspNetCore;

namespace GraphApi.Server.Api;

/// <summary>Registers the GraphQL server for GraphApi's schema.</summary>
public static class GraphQLRegistration
{
    /// <summary>The configuration section bound to <see cref="GraphQLServerOptions"/> (<c>GraphQL__MaxRequestSize</c>…).</summary>
    public const string Section = "GraphQL";

    /// <summary>
    /// Registers the GraphQL server for <see cref="ApiSchema"/>, with its options bound from the <see cref="Section"/>
    /// section: limits, GET and batching, SDL requests, CORS (<c>GraphQL__Cors__AllowedOrigins__0</c>) and the IDE
    /// (<c>GraphQL__Tool__Enable</c>), and the services the schema's resolvers use. The schema is built once, when the
    /// endpoint is mapped.
    /// </summary>
    public static IServiceCollection AddGraphApiGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQLServer(_ => ApiSchema.Create());
        services.AddPosts();
        services.AddOptions<GraphQLServerOptions>().Bind(configuration.GetSection(Section));
        return services;
    }
}
