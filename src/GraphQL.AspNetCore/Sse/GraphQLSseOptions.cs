namespace GraphQL.AspNetCore.Sse;

/// <summary>
/// Server-sent events at the GraphQL endpoint, graphql-sse's "distinct connections mode": a POST (or GET) with
/// <c>Accept: text/event-stream</c> is answered with a stream of <c>next</c> events and one <c>complete</c>.
/// </summary>
public sealed class GraphQLSseOptions
{
    /// <summary>The default <see cref="KeepAliveInterval"/>: 10 seconds.</summary>
    public static readonly TimeSpan DefaultKeepAliveInterval = TimeSpan.FromSeconds(10);

    /// <summary>Whether requests accepting <c>text/event-stream</c> get one. On by default.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// How often a comment line (<c>:</c>) is sent on a quiet stream so that proxies keep it open. Null switches it off.
    /// </summary>
    public TimeSpan? KeepAliveInterval { get; set; } = DefaultKeepAliveInterval;
}
