using System.Security.Claims;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>The decision of a <see cref="ISocketSessionInterceptor"/>.</summary>
public sealed class SocketConnectResult
{
    private SocketConnectResult(bool isAccepted, ClaimsPrincipal? user, DateTimeOffset? expiresAt, string? message)
    {
        IsAccepted = isAccepted;
        User = user;
        ExpiresAt = expiresAt;
        Message = message;
    }

    public bool IsAccepted { get; }

    /// <summary>The user every operation of the session runs as; null keeps the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; }

    /// <summary>
    /// When the session's authentication ends (a token's expiry): then every operation ends with an
    /// <c>AUTH_NOT_AUTHENTICATED</c> error and the socket closes with 4403. Null: never.
    /// </summary>
    public DateTimeOffset? ExpiresAt { get; }

    /// <summary>Why the session was refused; sent as the close reason (or <c>connection_error</c> message).</summary>
    public string? Message { get; }

    /// <summary>Lets the session start, as <paramref name="user"/> (null: the upgrade request's user) until <paramref name="expiresAt"/>.</summary>
    public static SocketConnectResult Accept(ClaimsPrincipal? user = null, DateTimeOffset? expiresAt = null) =>
        new(true, user, expiresAt, null);

    /// <summary>Refuses the session.</summary>
    public static SocketConnectResult Reject(string message = "Forbidden") => new(false, null, null, message);
}
