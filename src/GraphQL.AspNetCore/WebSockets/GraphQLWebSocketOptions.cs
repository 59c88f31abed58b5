namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// The WebSocket transport at the GraphQL endpoint (subprotocols <c>graphql-transport-ws</c> and the legacy
/// <c>graphql-ws</c>). The host must call <c>app.UseWebSockets()</c> before mapping the endpoint.
/// </summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>The default <see cref="ConnectionInitTimeout"/>: 10 seconds, HotChocolate's.</summary>
    public static readonly TimeSpan DefaultConnectionInitTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The default <see cref="KeepAliveInterval"/>: 5 seconds, HotChocolate's.</summary>
    public static readonly TimeSpan DefaultKeepAliveInterval = TimeSpan.FromSeconds(5);

    /// <summary>The default <see cref="MaxMessageSize"/>: 1 MiB, as the HTTP transport's largest request.</summary>
    public const int DefaultMaxMessageSize = 1024 * 1024;

    /// <summary>The default <see cref="MaxOperationsPerSocket"/>.</summary>
    public const int DefaultMaxOperationsPerSocket = 100;

    /// <summary>
    /// The default <see cref="SendTimeout"/>: 10 seconds. A client that reads takes a message in milliseconds; a send
    /// only waits when the client has not read for as long as its TCP buffers last, so 10 seconds (twice the keep-alive
    /// interval) covers network hand-overs and pauses and still frees a stuck socket's resources soon.
    /// </summary>
    public static readonly TimeSpan DefaultSendTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The default <see cref="KeepAliveTimeout"/>: 10 seconds, as <see cref="DefaultSendTimeout"/>; every WebSocket
    /// client answers a Ping frame by itself, in milliseconds when it is alive.
    /// </summary>
    public static readonly TimeSpan DefaultKeepAliveTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Whether WebSocket upgrades are accepted at the endpoint. On by default.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// How long a client has after the upgrade to send <c>connection_init</c>; then the socket is closed with 4408.
    /// </summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = DefaultConnectionInitTimeout;

    /// <summary>
    /// How often the server sends a keep-alive (<c>ping</c>, or <c>ka</c> on the legacy protocol) so that idle sockets
    /// survive proxies that drop quiet connections, and a WebSocket Ping frame whose Pong must come within
    /// <see cref="KeepAliveTimeout"/>. Null switches keep-alives off (the host's <c>UseWebSockets</c> options apply).
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = DefaultKeepAliveInterval;

    /// <summary>The largest message, in bytes, a client may send; a larger one closes the socket with 1009.</summary>
    public int MaxMessageSize { get; set; } = DefaultMaxMessageSize;

    /// <summary>
    /// How many operations (subscriptions, and queries or mutations still running) one socket may have at once. A
    /// subscribe over the limit is answered with an <c>error</c> message (<c>WS_TOO_MANY_OPERATIONS</c>); the socket
    /// stays open.
    /// </summary>
    public int MaxOperationsPerSocket { get; set; } = DefaultMaxOperationsPerSocket;

    /// <summary>
    /// How long one message to the client (a result, <c>complete</c>, a keep-alive, the close frame) may take to send.
    /// A client that stops reading fills its TCP buffers and the send waits; when it does not complete in time the
    /// connection is aborted (a close frame cannot pass a stuck socket), every operation of the socket is disposed, and
    /// a warning is logged. Must be positive.
    /// </summary>
    public TimeSpan SendTimeout { get; set; } = DefaultSendTimeout;

    /// <summary>
    /// How long the client has to answer the server's WebSocket Ping frame (sent every <see cref="KeepAliveInterval"/>)
    /// with a Pong. WebSocket clients do so by themselves, so a client that does not is gone (its network vanished) or
    /// stuck in the middle of a frame; its connection is aborted as for <see cref="SendTimeout"/>. An idle client that
    /// answers is never limited. Must be positive.
    /// </summary>
    public TimeSpan KeepAliveTimeout { get; set; } = DefaultKeepAliveTimeout;
}
