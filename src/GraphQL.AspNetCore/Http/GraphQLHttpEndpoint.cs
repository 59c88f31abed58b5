using System.Text.Json;
using GraphQL.AspNetCore.Ide;
using GraphQL.AspNetCore.Sdl;
using GraphQL.Execution;
using GraphQL.Language;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// The GraphQL endpoint: GraphQL over HTTP with POST and GET (the GraphQL-over-HTTP draft), and on GET also the SDL
/// (<c>?sdl</c>) and, for browsers, the IDE.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    RequestExecutor executor,
    GraphQLServerOptions options,
    SchemaSdl sdl,
    BananaCakePopEndpoint ide)
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
        try
        {
            EnsureAcceptable(context, format);
            RequestBodyReader.EnsureJsonContentType(context.Request);
            GraphQLRequest[] requests;
            bool isBatch;
            using (var body = await RequestBodyReader.ReadJsonAsync(context.Request, options.MaxRequestSize, context.RequestAborted).ConfigureAwait(false))
            {
                isBatch = body.RootElement.ValueKind == JsonValueKind.Array;
                requests = GraphQLRequestReader.FromBody(body.RootElement, options.EnableBatching, context);
            }
            for (var i = 0; i < requests.Length; i++)
            {
                if (KindOf(requests[i]) == OperationType.Subscription)
                {
                    throw SubscriptionRefused(isBatch ? $"Request {i} of the batch" : "The request");
                }
            }
            if (isBatch)
            {
                await ExecuteBatchAsync(context, format, requests).ConfigureAwait(false);
                return;
            }
            var result = await ExecuteAsync(requests[0], context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, ResultStatusCodes.Of(result, format), format, result.WriteTo).ConfigureAwait(false);
        }
        catch (GraphQLHttpException exception)
        {
            await WriteErrorAsync(context, format, exception).ConfigureAwait(false);
        }
    }

    private async Task HandleGetAsync(HttpContext context)
    {
        var format = ResponseFormats.Negotiate(context.Request.Headers.Accept);
        try
        {
            EnsureAcceptable(context, format);
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
            switch (KindOf(request))
            {
                case OperationType.Mutation:
                    throw new GraphQLHttpException(
                        StatusCodes.Status405MethodNotAllowed,
                        GraphQLHttpErrorCodes.MethodNotAllowed,
                        "Mutations cannot be sent with GET: send them with POST.")
                    {
                        Allow = "POST",
                    };
                case OperationType.Subscription:
                    throw SubscriptionRefused("The request");
            }
            var result = await ExecuteAsync(request, context.RequestAborted).ConfigureAwait(false);
            await WriteAsync(context, ResultStatusCodes.Of(result, format), format, result.WriteTo).ConfigureAwait(false);
        }
        catch (GraphQLHttpException exception)
        {
            await WriteErrorAsync(context, format, exception).ConfigureAwait(false);
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
        "subscribe over a WebSocket at this endpoint (graphql-transport-ws) instead.");

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

    private static Task WriteErrorAsync(HttpContext context, ResponseFormat format, GraphQLHttpException exception)
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
