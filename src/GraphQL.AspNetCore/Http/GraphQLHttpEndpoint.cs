using System.Text.Json;
using GraphQL.AspNetCore.Ide;
using GraphQL.AspNetCore.Sdl;
using GraphQL.AspNetCore.Sse;
using GraphQL.AspNetCore.WebSockets;
using GraphQL.Execution;
using GraphQL.Language;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL endpoint: GraphQL over HTTP with POST and GET (the GraphQL-over-HTTP draft), server-sent events for
/// requests that accept <c>text/event-stream</c> (graphql-sse), WebSocket upgrades, and on GET also the SDL
/// (<c>?sdl</c>) and, for browsers, the IDE.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    RequestExecutor executor,
    GraphQLServerOptions options,
    SchemaSdl sdl,
    BananaCakePopEndpoint ide,
    GraphQLWebSocketEndpoint webSockets,
    CancellationToken shutdown)
{
    public async Task HandleAsync(HttpContext context)
    {
        try
        {
            await DispatchAsync(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody is left to read an answer.
        }
    }

    private Task DispatchAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsPost(request.Method))
        {
            return HandlePostAsync(context);
        }
        if (!HttpMethods.IsGet(request.Method))
        {
            return WriteErrorAsync(context, ResponseFormat.Json, new GraphQLHttpException(
                StatusCodes.Status405MethodNotAllowed,
                GraphQLHttpErrorCodes.MethodNotAllowed,
                $"The method {request.Method} is not supported: send GraphQL requests with POST, or queries with GET.")
            {
                Allow = "GET, POST",
            });
        }
        if (IsWebSocketUpgrade(context))
        {
            return HandleWebSocketAsync(context);
        }
        var hasQuery = request.Query.ContainsKey("query");
        if (!hasQuery && options.EnableSchemaRequests && request.Query.ContainsKey("sdl"))
        {
            return sdl.WriteAsync(context, asDownload: false);
        }
        if (!hasQuery && options.Tool.Enable && ResponseFormats.AcceptsHtml(request.Headers.Accept))
        {
            return ide.WritePageAsync(context);
        }
        return HandleGetAsync(context);
    }

    private async Task HandlePostAsync(HttpContext context)
    {
        var format = ResponseFormats.Negotiate(context.Request.Headers.Accept);
        var eventStream = AcceptsEventStream(context);
        try
        {
            if (!eventStream)
            {
                EnsureAcceptable(context, format);
            }
            RequestBodyReader.EnsureJsonContentType(context.Request);
            GraphQLRequest[] requests;
            bool isBatch;
            using (var body = await RequestBodyReader.ReadJsonAsync(context.Request, options.MaxRequestSize, context.RequestAborted).ConfigureAwait(false))
            {
                isBatch = body.RootElement.ValueKind == JsonValueKind.Array;
                requests = GraphQLRequestReader.FromBody(body.RootElement, options.EnableBatching, context);
            }
            if (isBatch)
            {
                EnsureAcceptable(context, format);
                for (var i = 0; i < requests.Length; i++)
                {
                    if (KindOf(requests[i]) == OperationType.Subscription)
                    {
                        throw SubscriptionRefused($"Request {i} of the batch");
                    }
                }
                await ExecuteBatchAsync(context, format, requests).ConfigureAwait(false);
                return;
            }
            await ExecuteSingleAsync(context, format, eventStream, requests[0], KindOf(requests[0])).ConfigureAwait(false);
        }
        catch (GraphQLHttpException exception)
        {
            await WriteErrorAsync(context, format, exception).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var format = ResponseFormats.Negotiate(context.Request.Headers.Accept);
        var eventStream = AcceptsEventStream(context);
        try
        {
            if (!eventStream)
            {
                EnsureAcceptable(context, format);
            }
            if (!options.EnableGetRequests)
            {
                throw new GraphQLHttpException(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLHttpErrorCodes.MethodNotAllowed,
                    "GET requests are disabled on this server: send GraphQL requests with POST.")
                {
                    Allow = "POST",
                };
            }
            var request = GraphQLRequestReader.FromQueryString(context.Request.Query, context);
            var kind = KindOf(request);
            if (kind == OperationType.Mutation)
            {
                throw new GraphQLHttpException(
                    StatusCodes.Status405MethodNotAllowed,
                    GraphQLHttpErrorCodes.MethodNotAllowed,
                    "Mutations cannot be sent with GET: send them with POST.")
                {
                    Allow = "POST",
                };
            }
            await ExecuteSingleAsync(context, format, eventStream, request, kind).ConfigureAwait(false);
        }
        catch (GraphQLHttpException exception)
        {
            await WriteErrorAsync(context, format, exception).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Runs one request: as server-sent events when the client accepts them and the request is a subscription or
    /// JSON is not acceptable; otherwise as one JSON response. A subscription without an event stream is refused.
    /// </summary>
    private async Task ExecuteSingleAsync(HttpContext context, ResponseFormat format, bool eventStream, GraphQLRequest request, OperationType? kind)
    {
        if (eventStream && (kind == OperationType.Subscription || format == ResponseFormat.NotAcceptable))
        {
            var results = await executor.ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
            await ServerSentEventStream.WriteAsync(context, results, options.Sse, shutdown).ConfigureAwait(false);
            return;
        }
        if (kind == OperationType.Subscription)
        {
            throw SubscriptionRefused("The request");
        }
        EnsureAcceptable(context, format);
        var result = await ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
        await WriteAsync(context, ResultStatusCodes.Of(result, format), format, result.WriteTo).ConfigureAwait(false);
    }

    private bool AcceptsEventStream(HttpContext context) =>
        options.Sse.Enable && ResponseFormats.Accepts(context.Request.Headers.Accept, ServerSentEventStream.MediaType);

    /// <summary>A WebSocket upgrade, or a request that asks for one when the WebSocket middleware is not there to see it.</summary>
    private static bool IsWebSocketUpgrade(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest
        || string.Equals(context.Request.Headers.Upgrade, "websocket", StringComparison.OrdinalIgnoreCase);

    private async Task HandleWebSocketAsync(HttpContext context)
    {
        try
        {
            if (!options.WebSockets.Enable || !context.WebSockets.IsWebSocketRequest)
            {
                throw new GraphQLHttpException(
                    StatusCodes.Status400BadRequest,
                    GraphQLHttpErrorCodes.WebSocketsNotEnabled,
                    options.WebSockets.Enable
                        ? "WebSocket requests are not enabled on this server: its host must call app.UseWebSockets() before MapGraphQL()."
                        : "WebSocket connections are disabled on this server: subscribe with server-sent events (Accept: text/event-stream) instead.");
            }
            await webSockets.HandleAsync(context).ConfigureAwait(false);
        }
        catch (GraphQLHttpException exception)
        {
            await WriteErrorAsync(context, ResponseFormat.Json, exception).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the requests of a batch one after the other, sending each result as soon as it is written.</summary>
    private async Task ExecuteBatchAsync(HttpContext context, ResponseFormat format, GraphQLRequest[] requests)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ResponseFormats.ContentTypeOf(format);
        using var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResult.WriterOptions);
        writer.WriteStartArray();
        foreach (var request in requests)
        {
            var result = await ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
            result.WriteTo(writer);
            writer.Flush();
            await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        }
        writer.WriteEndArray();
        writer.Flush();
        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }

    private async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        var result = await executor.ExecuteAsync(request, cancellationToken).ConfigureAwait(false);
        // Only subscriptions give a stream, and they were refused before execution.
        return (ExecutionResult)result;
    }

    private OperationType? KindOf(GraphQLRequest request) => executor.GetOperationType(request);

    private static GraphQLHttpException SubscriptionRefused(string subject) => new(
        StatusCodes.Status406NotAcceptable,
        GraphQLHttpErrorCodes.SubscriptionNeedsStream,
        $"{subject} is a subscription, whose stream of results a single HTTP response cannot carry: " +
        "accept text/event-stream (server-sent events) or subscribe over a WebSocket at this endpoint (graphql-transport-ws) instead.");

    private static void EnsureAcceptable(HttpContext context, ResponseFormat format)
    {
        if (format == ResponseFormat.NotAcceptable)
        {
            throw new GraphQLHttpException(
                StatusCodes.Status406NotAcceptable,
                GraphQLHttpErrorCodes.NotAcceptable,
                $"The Accept header \"{context.Request.Headers.Accept}\" allows no media type this server writes: " +
                $"accept \"{ResponseFormats.GraphQLResponseJsonMediaType}\" or \"{ResponseFormats.JsonMediaType}\".");
        }
    }

    /// <summary>One GraphQL error with the exception's status code, in <paramref name="format"/> (JSON when nothing is acceptable).</summary>
    internal static Task WriteErrorAsync(HttpContext context, ResponseFormat format, GraphQLHttpException exception)
    {
        if (exception.Allow is not null)
        {
            context.Response.Headers.Allow = exception.Allow;
        }
        var error = new GraphQLError(exception.Message, extensions: new Dictionary<string, object?> { ["code"] = exception.Code });
        var writtenFormat = format == ResponseFormat.NotAcceptable ? ResponseFormat.Json : format;
        return WriteAsync(context, exception.StatusCode, writtenFormat, ExecutionResult.FromError(error).WriteTo);
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, ResponseFormat format, Action<Utf8JsonWriter> write)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = ResponseFormats.ContentTypeOf(format);
        using (var writer = new Utf8JsonWriter(response.BodyWriter, ExecutionResult.WriterOptions))
        {
            write(writer);
        }
        await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
    }
}
