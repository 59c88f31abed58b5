using System.Net;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.Tokens;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Sessions;

/// <summary>
/// Sessions as families of rotating refresh tokens. Only SHA-256 hashes of the tokens are stored. A token is exchanged
/// once for the next one of its family; presenting a token that was already exchanged revokes the whole family, since
/// either the client or a thief holds a copy of a token that should be gone.
/// </summary>
/// <remarks>
/// Every change to a user's tokens (rotating, revoking) holds a per-user advisory lock, so that a refresh racing a
/// sign-out cannot leave a fresh token behind in a revoked family, and two refreshes of one token cannot both win.
/// </remarks>
public sealed class RefreshTokenService(
    IDbContextFactory<AppDbContext> contexts,
    IOptions<RefreshTokenOptions> options,
    ActiveSessionCheck sessionCheck,
    TimeProvider time)
{
    /// <summary>Starts a new session (family) for the user with its first token.</summary>
    public async Task<IssuedRefreshToken> IssueAsync(
        Guid userId, string? userAgent, IPAddress? ipAddress, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (_, issued) = Add(db, userId, Guid.CreateVersion7(), Truncate(userAgent), ipAddress);
        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }

    /// <summary>
    /// Exchanges <paramref name="token"/> for a new token of the same session, marking the old one replaced. Fails with
    /// <see cref="InvalidRefreshTokenError"/> for unknown, expired, revoked and reused tokens (a reuse revokes the
    /// session), and with <see cref="AccountSuspendedError"/> or <see cref="AccountDeletedError"/> for such accounts.
    /// </summary>
    public async Task<AccountResult<RotatedRefreshToken>> RotateAsync(string token, CancellationToken cancellationToken = default)
    {
        var hash = RefreshTokenValue.Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var userId = await db.RefreshTokens.Where(t => t.TokenHash == hash).Select(t => (Guid?)t.UserId).SingleOrDefaultAsync(cancellationToken);
        if (userId is null)
        {
            return new InvalidRefreshTokenError(RefreshTokenFailure.Unknown);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockSessionsAsync(db, userId.Value, cancellationToken);
        var stored = await db.RefreshTokens.SingleAsync(t => t.TokenHash == hash, cancellationToken);
        var now = time.GetUtcNow();
        if (stored.ReplacedById is not null)
        {
            await RevokeAsync(db, stored.UserId, stored.FamilyId, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            sessionCheck.Forget([stored.FamilyId]);
            return new InvalidRefreshTokenError(RefreshTokenFailure.Reused);
        }

        if (stored.RevokedAt is not null)
        {
            return new InvalidRefreshTokenError(RefreshTokenFailure.Revoked);
        }

        if (stored.ExpiresAt <= now)
        {
            return new InvalidRefreshTokenError(RefreshTokenFailure.Expired);
        }

        var user = await db.Users.SingleAsync(u => u.Id == stored.UserId, cancellationToken);
        if (AccountStatusRefusal.For(user) is { } refusal)
        {
            return refusal;
        }

        var (next, issued) = Add(db, stored.UserId, stored.FamilyId, stored.UserAgent, stored.IpAddress);
        stored.RevokedAt = now;
        stored.ReplacedById = next.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RotatedRefreshToken(user, issued);
    }

    /// <summary>Ends one session of the user; false when the user has no unrevoked session with that id.</summary>
    public async Task<bool> RevokeSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockSessionsAsync(db, userId, cancellationToken);
        var revoked = await RevokeAsync(db, userId, sessionId, time.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sessionCheck.Forget([sessionId]);
        return revoked > 0;
    }

    /// <summary>Ends every session of the user; returns how many were still unrevoked.</summary>
    public async Task<int> RevokeAllSessionsAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockSessionsAsync(db, userId, cancellationToken);
        var sessions = await db.RefreshTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .Select(t => t.FamilyId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        await db.RefreshTokens
            .Where(t => t.UserId == userId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        sessionCheck.Forget(sessions);
        return sessions.Count;
    }

    /// <summary>The user's active sessions, most recently used first; <paramref name="currentSessionId"/> is marked current.</summary>
    public Task<IReadOnlyList<SessionInfo>> ListSessionsAsync(
        Guid userId, Guid? currentSessionId, CancellationToken cancellationToken = default) =>
        ListSessionsAsync(userId, currentSessionId, sessionIds: null, cancellationToken);

    /// <summary>
    /// Those of <paramref name="sessionIds"/> (all when null) that are active sessions of the user, most recently used
    /// first, in one query; <paramref name="currentSessionId"/> is marked current.
    /// </summary>
    public async Task<IReadOnlyList<SessionInfo>> ListSessionsAsync(
        Guid userId, Guid? currentSessionId, IReadOnlyCollection<Guid>? sessionIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = time.GetUtcNow();
        var tokens = db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null && t.ExpiresAt > now);
        if (sessionIds is not null)
        {
            tokens = tokens.Where(t => sessionIds.Contains(t.FamilyId));
        }
        // A family's only unrevoked token is its newest one: it describes the session; the oldest tells when it began.
        return await tokens
            .OrderByDescending(t => t.CreatedAt)
            .Select(t => new SessionInfo(
                t.FamilyId,
                db.RefreshTokens.Where(f => f.FamilyId == t.FamilyId).Min(f => f.CreatedAt),
                t.CreatedAt,
                t.ExpiresAt,
                t.UserAgent,
                t.IpAddress,
                t.FamilyId == currentSessionId))
            .ToListAsync(cancellationToken);
    }

    private (RefreshToken Entity, IssuedRefreshToken Issued) Add(
        AppDbContext db, Guid userId, Guid familyId, string? userAgent, IPAddress? ipAddress)
    {
        var token = RefreshTokenValue.New();
        var now = time.GetUtcNow();
        var entity = new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId,
            TokenHash = RefreshTokenValue.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + options.Value.Lifetime,
            UserAgent = userAgent,
            IpAddress = ipAddress,
        };
        db.RefreshTokens.Add(entity);
        return (entity, new IssuedRefreshToken(token, familyId, entity.ExpiresAt));
    }

    private static Task<int> RevokeAsync(AppDbContext db, Guid userId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.RefreshTokens
            .Where(t => t.UserId == userId && t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);

    private static Task LockSessionsAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.LockAsync($"refresh_tokens:{userId}", cancellationToken);

    /// <summary>User agents are only descriptive: the part that fits the column is kept, without splitting a surrogate pair.</summary>
    private static string? Truncate(string? userAgent)
    {
        const int max = AccountLimits.UserAgentMaxLength;
        if (userAgent is not { Length: > max })
        {
            return userAgent;
        }

        return userAgent[..(char.IsHighSurrogate(userAgent[max - 1]) ? max - 1 : max)];
    }
}
