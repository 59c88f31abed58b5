namespace GraphQL.AspNetCore.WebSockets;

/// <summary>What a <see cref="ISocketSessionInterceptor"/> decides on: the upgrade request and the <c>connection_init</c> payload.</summary>
public sealed class SocketConnectContext(HttpContext httpContext, IReadOnlyDictionary<string, object?>? payload)
{
    /// <summary>The upgrade request: its <c>User</c> is whoever ASP.NET Core authentication found on it.</summary>
    public HttpContext HttpContext { get; } = httpContext;

    /// <summary>
    /// The <c>connection_init</c> payload as plain values (see <see cref="GraphQL.Execution.JsonInput"/>), e.g.
    /// <c>Payload?["authorization"]</c>; null when the client sent none.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Payload { get; } = payload;

    /// <summary>The payload entry <paramref name="name"/> when it is a string, else null.</summary>
    public string? GetPayloadString(string name) =>
        Payload is not null && Payload.TryGetValue(name, out var value) ? value as string : null;
}
