namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Decides whether a WebSocket session may start, when the client sends <c>connection_init</c>, and as whom it runs
/// (HotChocolate's <c>ISocketSessionInterceptor</c> idea). Resolved from the upgrade request's services, so it may be
/// scoped. Register yours with <c>services.AddSocketSessionInterceptor&lt;T&gt;()</c>; the default is
/// <see cref="DefaultSocketSessionInterceptor"/>.
/// </summary>
public interface ISocketSessionInterceptor
{
    /// <summary>
    /// Accepts the session (<see cref="SocketConnectResult.Accept"/>, optionally with its user and an expiry time) or
    /// refuses it (<see cref="SocketConnectResult.Reject"/>: the socket closes with 4403, or <c>connection_error</c> on
    /// the legacy protocol).
    /// </summary>
    ValueTask<SocketConnectResult> OnConnectAsync(SocketConnectContext context, CancellationToken cancellationToken);
}
