using System.Collections.Concurrent;
using GraphApi.Auth.Sessions;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Tokens;

/// <summary>
/// Whether the session an access token was issued for is still active: its refresh-token family has an unrevoked,
/// unexpired token and its user is active. This is what makes signing out end access tokens too, instead of leaving
/// them valid until they expire.
/// </summary>
/// <remarks>
/// A "yes" is remembered for <see cref="AccessTokenOptions.SessionCheckCacheDuration"/>, so that a burst of requests
/// costs one query. Revocations on this server call <see cref="Forget"/>; those on another instance are seen here when
/// the remembered answer runs out. "No" is never remembered: an ended session does not come back.
/// </remarks>
public sealed class ActiveSessionCheck(
    IDbContextFactory<AppDbContext> contexts,
    IOptions<AccessTokenOptions> options,
    TimeProvider time)
{
    /// <summary>Above this many remembered sessions, answers that ran out are swept before remembering another.</summary>
    private const int SweepThreshold = 10_000;

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _activeUntil = new();

    public async ValueTask<bool> IsActiveAsync(CurrentSession session, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_activeUntil.TryGetValue(session.SessionId, out var until) && now < until)
        {
            return true;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var active = await db.RefreshTokens.AnyAsync(
            t => t.FamilyId == session.SessionId
                && t.UserId == session.UserId
                && t.RevokedAt == null
                && t.ExpiresAt > now
                && db.Users.Any(u => u.Id == t.UserId && u.Status == UserStatus.Active),
            cancellationToken);
        if (active)
        {
            Remember(session.SessionId, now);
        }
        else
        {
            _activeUntil.TryRemove(session.SessionId, out _);
        }

        return active;
    }

    /// <summary>Drops what is remembered about these sessions, so the next check asks the database.</summary>
    public void Forget(IEnumerable<Guid> sessionIds)
    {
        foreach (var sessionId in sessionIds)
        {
            _activeUntil.TryRemove(sessionId, out _);
        }
    }

    private void Remember(Guid sessionId, DateTimeOffset now)
    {
        var duration = options.Value.SessionCheckCacheDuration;
        if (duration <= TimeSpan.Zero)
        {
            return;
        }

        if (_activeUntil.Count >= SweepThreshold)
        {
            foreach (var (id, until) in _activeUntil)
            {
                if (until <= now)
                {
                    _activeUntil.TryRemove(id, out _);
                }
            }
        }

        _activeUntil[sessionId] = now + duration;
    }
}
