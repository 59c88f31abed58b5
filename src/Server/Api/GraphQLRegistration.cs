using System.Reflection;
using GraphApi.Schema;
using GraphApi.Schema.Follows;
using GraphApi.Schema.Posts;
using GraphQL.AspNetCore;
using GraphQL.CostAnalysis;
using GraphQL.Execution;
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
    /// The server's default for both cost limits, above HotChocolate's 1,000: every field resolved through a DataLoader
    /// weighs 10 per item although it is batched, so the app's own home feed query (issue 4:
    /// <c>feed(first: 50) { nodes { author { handle profile { displayName } } likeCount viewerHasLiked replies(first: 3) { … } } }</c>)
    /// costs 3,611, while a query that could read millions of rows costs over a million.
    /// </summary>
    public const double MaxOperationCost = 5_000;

    /// <summary>
    /// Registers the GraphQL server for <see cref="ApiSchema"/>, with its options bound from the <see cref="Section"/>
    /// section: limits (the executor's under <c>GraphQL:Execution</c>: timeout, parser, validation, depth, cost), GET
    /// and batching, SDL requests, CORS (<c>GraphQL__Cors__AllowedOrigins__0</c>) and the IDE (<c>GraphQL__Tool__Enable</c>),
    /// the schema's Relay limits from <see cref="RelaySection"/>, and the services of the schema's domains with the
    /// posts' limits (<see cref="PostOptions"/>, <c>Posts__MaxSearchTextLength</c>). The schema is built once, when the
    /// endpoint is mapped.
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
        services.AddOptions<GraphQLServerOptions>()
            // The executor's defaults with exception details in Development and our cost limits, filled in by the
            // settings that follow.
            .Configure<IHostEnvironment>((options, environment) =>
                options.Execution ??= new ExecutionOptions
                {
                    IncludeExceptionDetails = environment.IsDevelopment(),
                    Cost = new CostOptions { MaxFieldCost = MaxOperationCost, MaxTypeCost = MaxOperationCost },
                })
            .Configure(options => BindSettings(configuration.GetSection(Section), options))
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Binds the section; a value an option refuses (<c>GraphQL__Execution__Parser__MaxTokens=0</c>) stops the start with
    /// the option's own message instead of the binder's "Exception has been thrown by the target of an invocation".
    /// </summary>
    private static void BindSettings(IConfigurationSection section, GraphQLServerOptions options)
    {
        try
        {
            section.Bind(options);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is ArgumentException invalid)
        {
            throw new InvalidOperationException($"A setting in the \"{Section}\" section is invalid: {invalid.Message}", invalid);
        }
    }
}
