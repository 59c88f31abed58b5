using System.Security.Claims;
using GraphApi.Auth.Sessions;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Accounts;

/// <summary>A signed-in device or browser of the viewer: one refresh-token family, ended by signing out or revoking it.</summary>
[Node]
public sealed class Session(SessionInfo session)
{
    /// <summary>The session's global id, which node(id:) and revokeSession take (its raw value is the sid claim of its access tokens).</summary>
    [ID]
    public Guid Id { get; } = session.Id;

    /// <summary>When the user signed in.</summary>
    public DateTimeOffset CreatedAt { get; } = session.CreatedAt;

    /// <summary>When tokens were last issued for it: the sign-in or the latest refresh.</summary>
    public DateTimeOffset LastUsedAt { get; } = session.LastUsedAt;

    /// <summary>When it ends unless its refresh token is used before.</summary>
    public DateTimeOffset ExpiresAt { get; } = session.ExpiresAt;

    /// <summary>The client's User-Agent header when it signed in.</summary>
    public string? UserAgent { get; } = session.UserAgent;

    /// <summary>The client's IP address when it signed in.</summary>
    public string? IpAddress { get; } = session.IpAddress?.ToString();

    /// <summary>Whether this is the session of the request that asks.</summary>
    public bool IsCurrent { get; } = session.IsCurrent;

    /// <summary>node(id:) for sessions: one of the viewer's own active sessions; anyone else's, or signed out, is null.</summary>
    [NodeResolver]
    public static Task<Session?> GetAsync(Guid id, ClaimsPrincipal viewer, SessionByIdDataLoader sessions) =>
        sessions.LoadForAsync(viewer, id);
}
