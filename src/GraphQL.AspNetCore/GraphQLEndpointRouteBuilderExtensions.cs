using GraphQL.AspNetCore;
using GraphQL.AspNetCore.Http;
using GraphQL.AspNetCore.Ide;
using GraphQL.AspNetCore.Sdl;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoints of the GraphQL server registered with <c>AddGraphQLServer</c>.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps, at <paramref name="path"/>: GraphQL over HTTP (POST and GET), server-sent events, WebSockets (the host must
    /// call <c>app.UseWebSockets()</c> first), the SDL at <c>{path}?sdl</c> and
    /// <c>{path}/schema.graphql</c>, and Banana Cake Pop for browsers with its files under <c>{path}/</c>. The
    /// returned builder applies conventions (authorization, rate limiting…) to all of them.
    /// </summary>
    public static IEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        path = "/" + path.Trim('/');
        var services = endpoints.ServiceProvider;
        var options = services.GetRequiredService<IOptions<GraphQLServerOptions>>().Value;
        var sdl = services.GetRequiredService<SchemaSdl>();
        var ide = new BananaCakePopEndpoint(services.GetRequiredService<BananaCakePopAssets>(), options.Tool, path);
        var executor = services.GetRequiredService<RequestExecutor>();
        // Live streams (sockets, server-sent events) end when the application stops, so that shutdown completes them.
        var shutdown = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        var webSockets = new GraphQLWebSocketEndpoint(
            executor,
            options.WebSockets,
            services.GetService<ILogger<GraphQLWebSocketEndpoint>>() ?? NullLogger<GraphQLWebSocketEndpoint>.Instance,
            shutdown);
        var graphql = new GraphQLHttpEndpoint(executor, options, sdl, ide, webSockets, shutdown);

        var builders = new List<IEndpointConventionBuilder>
        {
            endpoints.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], graphql.HandleAsync).WithDisplayName("GraphQL " + path),
            // Other methods get a GraphQL-shaped 405 instead of routing's empty one.
            endpoints.Map(path, graphql.HandleAsync).WithDisplayName("GraphQL " + path + " (other methods)"),
        };
        if (options.EnableSchemaRequests)
        {
            builders.Add(endpoints.MapGet(path + "/schema.graphql", context => sdl.WriteAsync(context, asDownload: true))
                .WithDisplayName("GraphQL schema " + path));
        }
        if (options.Tool.Enable)
        {
            builders.Add(endpoints.MapGet(path + "/{**file}", context => ide.WriteFileAsync(context, (string)context.GetRouteValue("file")!))
                .WithDisplayName("Banana Cake Pop " + path));
        }
        var conventions = new CompositeEndpointConventionBuilder(builders);
        if (options.Cors.IsEnabled)
        {
            conventions.RequireCors(GraphQLCorsOptions.PolicyName);
        }
        return conventions;
    }
}
