namespace GraphQL.AspNetCore.WebSockets;

/// <summary>The close codes the WebSocket transport uses: graphql-ws's (PROTOCOL.md) and the standard ones.</summary>
public static class SocketCloseCodes
{
    /// <summary>The client said goodbye (<c>connection_terminate</c>) or the server closed an idle socket normally.</summary>
    public const int Normal = 1000;

    /// <summary>The server is shutting down.</summary>
    public const int GoingAway = 1001;

    /// <summary>A message is larger than <see cref="GraphQLWebSocketOptions.MaxMessageSize"/>, or not text.</summary>
    public const int MessageTooBig = 1009;

    /// <summary>The server failed unexpectedly while handling a message (an interceptor threw); the host logs the exception.</summary>
    public const int InternalError = 1011;

    /// <summary>A message that is not valid JSON, not a known message, or malformed.</summary>
    public const int BadRequest = 4400;

    /// <summary>A <c>subscribe</c> before the connection was acknowledged.</summary>
    public const int Unauthorized = 4401;

    /// <summary>The connection interceptor refused <c>connection_init</c>, or the session's authentication expired.</summary>
    public const int Forbidden = 4403;

    /// <summary>No <c>connection_init</c> within <see cref="GraphQLWebSocketOptions.ConnectionInitTimeout"/>.</summary>
    public const int ConnectionInitTimeout = 4408;

    /// <summary>A <c>subscribe</c> with the id of an operation still running.</summary>
    public const int SubscriberAlreadyExists = 4409;

    /// <summary>A second <c>connection_init</c>.</summary>
    public const int TooManyInitialisationRequests = 4429;
}
