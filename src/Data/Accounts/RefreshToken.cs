using System.Net;

namespace GraphApi.Data.Accounts;

/// <summary>
/// One refresh token of a sign-in session. Each refresh replaces the token with a new one of the same
/// <see cref="FamilyId"/>; the family is the session. Presenting a token that was already replaced means it leaked, and
/// revokes the whole family.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; }

    public required Guid UserId { get; set; }

    /// <summary>Shared by every token issued from one sign-in: the session's id.</summary>
    public required Guid FamilyId { get; set; }

    /// <summary>A hash of the token (unique); the token itself is only given to the client.</summary>
    public required string TokenHash { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }

    public required DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the token stopped being usable: replaced by a refresh, signed out, or its family revoked.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The token that replaced this one when it was rotated.</summary>
    public Guid? ReplacedById { get; set; }

    /// <summary>The client's User-Agent at sign-in, to describe the session when listing them.</summary>
    public string? UserAgent { get; set; }

    /// <summary>The client's address at sign-in.</summary>
    public IPAddress? IpAddress { get; set; }
}
