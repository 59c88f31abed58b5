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

    /// <summary>Whether WebSocket upgrades are accepted at the endpoint. On by default.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// How long a client has after the upgrade to send <c>connection_init</c>; then the socket is closed with 4408.
    /// </summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = DefaultConnectionInitTimeout;

    /// <summary>
    /// How often the server sends a keep-alive (<c>ping</c>, or <c>ka</c> on the legacy protocol) so that idle sockets
    /// survive proxies that drop quiet connections. Null switches keep-alives off.
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
}
