using GraphApi.Schema;
using GraphApi.Schema.Follows;
using GraphApi.Schema.Posts;
using GraphQL.AspNetCore;
using GraphQL.Relay;

namespace GraphApi.Server.Api;

/// <summary>Registers the GraphQL server for GraphApi's schema.</summary>
public static class GraphQLRegistration
{
    /// <summary>The configuration section bound to <see cref="GraphQLServerOptions"/> (<c>GraphQL__MaxRequestSize</c>…).</summary>
    public const string Section = "GraphQL";

    /// <summary>The configuration section bound to the schema's <see cref="GlobalObjectIdentificationOptions"/> (<c>GraphQL__Relay__MaxAllowedNodeBatchSize</c>).</summary>
    public const string RelaySection = "GraphQL:Relay";

    /// <summary>
    /// Registers the GraphQL server for <see cref="ApiSchema"/>, with its options bound from the <see cref="Section"/>
    /// section: limits, GET and batching, SDL requests, CORS (<c>GraphQL__Cors__AllowedOrigins__0</c>) and the IDE
    /// (<c>GraphQL__Tool__Enable</c>), the schema's Relay limits from <see cref="RelaySection"/>, and the services of the
    /// schema's domains with the posts' limits (<see cref="PostOptions"/>, <c>Posts__MaxSearchTextLength</c>). The schema is built once, when the endpoint is mapped.
    /// </summary>
    public static IServiceCollection AddGraphApiGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQLServer(_ => ApiSchema.Create(configuration.GetSection(RelaySection).Get<GlobalObjectIdentificationOptions>()));
        services.AddFollows();
        services.AddPosts();
        services.AddOptions<PostOptions>()
            .Bind(configuration.GetSection(PostOptions.Section))
            .Validate(options => options.MaxSearchTextLength >= 1, "Posts:MaxSearchTextLength must be at least 1.")
            .ValidateOnStart();
        services.AddOptions<GraphQLServerOptions>().Bind(configuration.GetSection(Section));
        return services;
    }
}
