using GraphQL.AspNetCore;
using GraphQL.AspNetCore.Authorization;
using GraphQL.AspNetCore.Ide;
using GraphQL.AspNetCore.Sdl;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the GraphQL server: the schema, its <see cref="RequestExecutor"/> and the HTTP transport's options.</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>Registers a GraphQL server for <paramref name="schema"/>; map its endpoint with <c>app.MapGraphQL()</c>.</summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Schema schema,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return services.AddGraphQLServer(_ => schema, configure);
    }

    /// <summary>
    /// Registers a GraphQL server whose schema is built from the application's services, once, when it is first
    /// needed; map its endpoint with <c>app.MapGraphQL()</c>. <c>@authorize</c> rules are decided by ASP.NET Core
    /// authorization (<see cref="AspNetCoreAuthorizationHandler"/>, with <c>AddAuthorization</c>): define policies with
    /// <c>AddAuthorization(options =&gt; options.AddPolicy(...))</c>. A <see cref="GraphQL.Authorization.IAuthorizationHandler"/>
    /// registered before this call replaces it.
    /// </summary>
    public static IServiceCollection AddGraphQLServer(
        this IServiceCollection services,
        Func<IServiceProvider, Schema> schemaFactory,
        Action<GraphQLServerOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(schemaFactory);
        var options = services.AddOptions<GraphQLServerOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options
            .Validate(o => o.WebSockets.SendTimeout > TimeSpan.Zero, "GraphQL:WebSockets:SendTimeout must be positive.")
            .Validate(o => o.WebSockets.KeepAliveTimeout > TimeSpan.Zero, "GraphQL:WebSockets:KeepAliveTimeout must be positive.")
            .Validate(o => o.Sse.WriteTimeout > TimeSpan.Zero, "GraphQL:Sse:WriteTimeout must be positive.");
        services.TryAddSingleton(schemaFactory);
        services.TryAddSingleton(provider => new RequestExecutor(
            provider.GetRequiredService<Schema>(),
            ExecutionOptionsOf(provider)));
        services.TryAddSingleton(provider => new SchemaSdl(provider.GetRequiredService<Schema>()));
        services.TryAddSingleton<BananaCakePopAssets>();
        services.TryAddSingleton<ISocketSessionInterceptor, DefaultSocketSessionInterceptor>();
        // AddAuthorization, not only its core: WebApplication adds UseAuthorization by itself once authorization services
        // exist, and that middleware needs the policy evaluator.
        services.AddAuthorization();
        services.TryAddScoped<GraphQL.Authorization.IAuthorizationHandler, AspNetCoreAuthorizationHandler>();
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<GraphQLServerOptions>>(
            (cors, graphql) => AddCorsPolicy(cors, graphql.Value.Cors));
        return services;
    }

    /// <summary>
    /// Makes <typeparamref name="T"/> the <see cref="ISocketSessionInterceptor"/> that accepts or refuses WebSocket
    /// sessions (replacing the default, which accepts the upgrade request's user). Scoped: one per upgrade request.
    /// </summary>
    public static IServiceCollection AddSocketSessionInterceptor<T>(this IServiceCollection services)
        where T : class, ISocketSessionInterceptor
    {
        services.Replace(ServiceDescriptor.Scoped<ISocketSessionInterceptor, T>());
        return services;
    }

    private static ExecutionOptions ExecutionOptionsOf(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<GraphQLServerOptions>>().Value.Execution
        ?? new ExecutionOptions { IncludeExceptionDetails = provider.GetService<IHostEnvironment>()?.IsDevelopment() == true };

    private static void AddCorsPolicy(CorsOptions cors, GraphQLCorsOptions options)
    {
        if (!options.IsEnabled)
        {
            return;
        }
        cors.AddPolicy(GraphQLCorsOptions.PolicyName, policy =>
        {
            policy.WithOrigins([.. options.AllowedOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .AllowAnyHeader()
                .SetPreflightMaxAge(options.PreflightMaxAge);
            if (options.AllowCredentials)
            {
                policy.AllowCredentials();
            }
        });
    }
}
