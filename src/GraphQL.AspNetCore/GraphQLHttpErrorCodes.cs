namespace GraphQL.AspNetCore;

/// <summary>
/// The <c>extensions.code</c> of errors the HTTP transport writes for requests it refuses before execution.
/// HotChocolate's codes are used where HotChocolate has one.
/// </summary>
public static class GraphQLHttpErrorCodes
{
    /// <summary>The request is not a well-formed GraphQL-over-HTTP request (bad JSON, parameters of the wrong type). 400.</summary>
    public const string InvalidRequest = "HC0009";

    /// <summary>The request body is larger than <see cref="GraphQLServerOptions.MaxRequestSize"/>. 413.</summary>
    public const string RequestTooLarge = "HC0010";

    /// <summary>The request has no <c>query</c>. 400.</summary>
    public const string QueryMissing = "HC0013";

    /// <summary>The request body is not <c>application/json</c> (or not UTF-8). 415.</summary>
    public const string UnsupportedMediaType = "HTTP_UNSUPPORTED_MEDIA_TYPE";

    /// <summary>None of the media types in the <c>Accept</c> header can be produced. 406.</summary>
    public const string NotAcceptable = "HTTP_NOT_ACCEPTABLE";

    /// <summary>The HTTP method cannot carry the request: a mutation over GET, or GET when GET requests are disabled. 405.</summary>
    public const string MethodNotAllowed = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>A subscription was sent over plain HTTP, which cannot carry its stream of results. 406.</summary>
    public const string SubscriptionNeedsStream = "HTTP_SUBSCRIPTION_NEEDS_STREAM";

    /// <summary>A WebSocket upgrade that asks for no subprotocol this server speaks. 400.</summary>
    public const string WebSocketSubProtocolNotSupported = "HTTP_WEBSOCKET_SUBPROTOCOL_NOT_SUPPORTED";

    /// <summary>The server is configured to refuse WebSocket upgrades, or its host did not call <c>app.UseWebSockets()</c>. 400.</summary>
    public const string WebSocketsNotEnabled = "HTTP_WEBSOCKETS_NOT_ENABLED";
}
