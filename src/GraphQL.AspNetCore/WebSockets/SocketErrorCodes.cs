namespace GraphQL.AspNetCore.WebSockets;

/// <summary>The <c>extensions.code</c> of errors the WebSocket transport sends for an operation it refuses.</summary>
public static class SocketErrorCodes
{
    /// <summary>The socket already runs <see cref="GraphQLWebSocketOptions.MaxOperationsPerSocket"/> operations.</summary>
    public const string TooManyOperations = "WS_TOO_MANY_OPERATIONS";
}
