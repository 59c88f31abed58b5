using GraphQL.AspNetCore.Sse;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;

namespace GraphQL.AspNetCore;

/// <summary>
/// How the GraphQL endpoints behave: transports, limits, CORS and the IDE. Configure it in
/// <c>services.AddGraphQLServer(schema, options => ...)</c>.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>The default <see cref="MaxRequestSize"/>: 1 MiB, plenty for a query and its variables.</summary>
    public const long DefaultMaxRequestSize = 1024 * 1024;

    /// <summary>
    /// The largest request body accepted, in bytes. Larger bodies are refused with 413 and a GraphQL error
    /// (<see cref="GraphQLHttpErrorCodes.RequestTooLarge"/>) before they are parsed.
    /// </summary>
    public long MaxRequestSize { get; set; } = DefaultMaxRequestSize;

    /// <summary>Whether queries may be sent with GET and query-string parameters. On by default.</summary>
    public bool EnableGetRequests { get; set; } = true;

    /// <summary>
    /// Whether a POST body may be a JSON array of requests, answered with an array of results in the same order.
    /// Off by default: then an array is refused with 400.
    /// </summary>
    public bool EnableBatching { get; set; }

    /// <summary>Whether the schema's SDL is served at <c>/graphql?sdl</c> and <c>/graphql/schema.graphql</c>. On by default.</summary>
    public bool EnableSchemaRequests { get; set; } = true;

    /// <summary>
    /// The options the request executor is built with. When left null, the executor's defaults are used, with
    /// <see cref="ExecutionOptions.IncludeExceptionDetails"/> on in the Development environment only.
    /// </summary>
    public ExecutionOptions? Execution { get; set; }

    /// <summary>Cross-origin access for browser apps served from other origins; off until origins are allowed.</summary>
    public GraphQLCorsOptions Cors { get; } = new();

    /// <summary>The WebSocket transport at the endpoint (graphql-transport-ws and the legacy graphql-ws).</summary>
    public GraphQLWebSocketOptions WebSockets { get; } = new();

    /// <summary>Server-sent events at the endpoint (graphql-sse's distinct connections mode).</summary>
    public GraphQLSseOptions Sse { get; } = new();

    /// <summary>The Banana Cake Pop IDE served to browsers at the endpoint.</summary>
    public BananaCakePopOptions Tool { get; } = new();
}
