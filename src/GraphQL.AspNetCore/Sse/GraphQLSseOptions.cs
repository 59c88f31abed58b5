namespace GraphQL.AspNetCore.Sse;

/// <summary>
/// Server-sent events at the GraphQL endpoint, graphql-sse's "distinct connections mode": a POST (or GET) with
/// <c>Accept: text/event-stream</c> is answered with a stream of <c>next</c> events and one <c>complete</c>.
/// </summary>
public sealed class GraphQLSseOptions
{
    /// <summary>The default <see cref="KeepAliveInterval"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultKeepAliveInterval = TimeSpan.FromSeconds(10);

    /// <summary>The default <see cref="WriteTimeout"/>: 10 seconds, as the WebSocket transport's send timeout.</summary>
    public static readonly TimeSpan DefaultWriteTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Whether requests accepting <c>text/event-stream</c> get one. On by default.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// How often a comment line (<c>:</c>) is sent on a quiet stream so that proxies keep it open. Null switches it off.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = DefaultKeepAliveInterval;

    /// <summary>
    /// How long one write to the stream (an event, <c>complete</c>, a keep-alive comment) may take. A client that stops
    /// reading the response fills its TCP buffers and the write waits; when it does not complete in time the
    /// connection is aborted, the subscription is disposed, and a warning is logged. Must be positive.
    /// </summary>
    public TimeSpan WriteTimeout { get; set; } = DefaultWriteTimeout;
}
