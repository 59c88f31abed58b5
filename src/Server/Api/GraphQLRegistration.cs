using System.Reflection;
using GraphApi.Schema;
using GraphApi.Schema.Follows;
using GraphApi.Schema.Posts;
using GraphQL.AspNetCore;
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
    /// Registers the GraphQL server for <see cref="ApiSchema"/>, with its options bound from the <see cref="Section"/>
    /// section: limits (the executor's under <c>GraphQL:Execution</c>: timeout, parser, validation, depth, cost), GET and batching, SDL requests, CORS (<c>GraphQL__Cors__AllowedOrigins__0</c>) and the IDE
    /// (<c>GraphQL__Tool__Enable</c>), the schema's Relay limits from <see cref="RelaySection"/>, and the services of the
    /// schema's domains. The schema is built once, when the endpoint is mapped.
    /// </summary>
    public static IServiceCollection AddGraphApiGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddGraphQLServer(_ => ApiSchema.Create(configuration.GetSection(RelaySection).Get<GlobalObjectIdentificationOptions>()));
        services.AddFollows();
        services.AddPosts();
        services.AddOptions<GraphQLServerOptions>()
            // The executor's defaults with exception details in Development, filled in by the settings that follow.
            .Configure<IHostEnvironment>((options, environment) =>
                options.Execution ??= new ExecutionOptions { IncludeExceptionDetails = environment.IsDevelopment() })
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
