using GraphQL.AspNetCore.Http;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts WebSocket upgrades at the GraphQL endpoint and runs a session of the subprotocol the client asked for:
/// <c>graphql-transport-ws</c> (preferred) or the legacy <c>graphql-ws</c>. An upgrade that names neither is refused
/// with 400 before the socket opens.
/// </summary>
internal sealed class GraphQLWebSocketEndpoint(RequestExecutor executor, GraphQLWebSocketOptions options, ILogger logger, CancellationToken shutdown)
{
    public async Task HandleAsync(HttpContext context)
    {
        var requested = context.WebSockets.WebSocketRequestedProtocols;
        var protocol = requested.Contains(GraphQLTransportWsSession.SubProtocol) ? GraphQLTransportWsSession.SubProtocol
            : requested.Contains(LegacyGraphQLWsSession.SubProtocol) ? LegacyGraphQLWsSession.SubProtocol
            : null;
        if (protocol is null)
        {
            throw new GraphQLHttpException(
                StatusCodes.Status400BadRequest,
                GraphQLHttpErrorCodes.WebSocketSubProtocolNotSupported,
                (requested.Count == 0 ? "The WebSocket request names no subprotocol" : $"The WebSocket subprotocols \"{string.Join(", ", requested)}\" are not supported") +
                $": ask for \"{GraphQLTransportWsSession.SubProtocol}\" (or the legacy \"{LegacyGraphQLWsSession.SubProtocol}\") in Sec-WebSocket-Protocol.");
        }
        var accept = new WebSocketAcceptContext { SubProtocol = protocol };
        if (options.KeepAliveInterval is { } interval && interval > TimeSpan.Zero)
        {
            // Ping frames, answered by the client's WebSocket itself: the only sign of life a client stuck in the
            // middle of a frame (or gone without a FIN) cannot give, since a receive waits for whole frames.
            accept.KeepAliveInterval = interval;
            accept.KeepAliveTimeout = options.KeepAliveTimeout;
        }
        using var socket = await context.WebSockets.AcceptWebSocketAsync(accept).ConfigureAwait(false);
        var connection = new SocketConnection(socket, options);
        using SocketSession session = protocol == GraphQLTransportWsSession.SubProtocol
            ? new GraphQLTransportWsSession(connection, context, executor, options, logger)
            : new LegacyGraphQLWsSession(connection, context, executor, options, logger);
        await session.RunAsync(shutdown).ConfigureAwait(false);
    }
}
