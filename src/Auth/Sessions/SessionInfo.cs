using System.Net;

namespace GraphApi.Auth.Sessions;

/// <summary>One active session (refresh-token family) of a user, as listed to them.</summary>
/// <param name="Id">The session id: the <c>sid</c> of its access tokens.</param>
/// <param name="CreatedAt">When the user signed in.</param>
/// <param name="LastUsedAt">When tokens were last issued for it (the sign-in or the latest refresh).</param>
/// <param name="ExpiresAt">When it ends unless refreshed before.</param>
/// <param name="UserAgent">The client's User-Agent at sign-in.</param>
/// <param name="IpAddress">The client's address at sign-in.</param>
/// <param name="IsCurrent">Whether it is the session of the request that lists them.</param>
public sealed record SessionInfo(
    Guid Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUsedAt,
    DateTimeOffset ExpiresAt,
    string? UserAgent,
    IPAddress? IpAddress,
    bool IsCurrent);
