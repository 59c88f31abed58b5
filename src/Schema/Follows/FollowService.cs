using GraphApi.Data;
using GraphApi.Data.Accounts;
using GraphApi.Data.Follows;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using FollowRequestEntity = GraphApi.Data.Follows.FollowRequest;

namespace GraphApi.Schema.Follows;

/// <summary>
/// The follow actions of a viewer, each one unit of work on a short-lived context. Repeating an action gives the same
/// outcome and changes nothing; a concurrent repeat that loses the race to the database's unique keys does too. Each
/// action that creates something (a follow, a request, an accepted request) does so in exactly one method.
/// </summary>
public sealed class FollowService(IDbContextFactory<AppDbContext> dbContextFactory, TimeProvider time)
{
    /// <summary>
    /// Follows <paramref name="userId"/>: at once for a public profile; for a private one, a follow request the user
    /// accepts or declines. Nothing changes when the viewer already follows, or already asked.
    /// </summary>
    public async Task<FollowOutcome> FollowAsync(Guid viewerId, Guid userId, CancellationToken cancellationToken)
    {
        if (viewerId == userId)
        {
            return FollowOutcome.CannotFollowYourself;
        }

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var target = await db.Users
            .Where(u => u.Id == userId && u.Status == UserStatus.Active)
            .Select(u => new
            {
                IsPrivate = u.Profile != null && u.Profile.IsPrivate,
                Following = db.Follows.Any(f => f.FollowerId == viewerId && f.FolloweeId == userId),
                Requested = db.FollowRequests.Any(r => r.RequesterId == viewerId && r.TargetId == userId),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return target switch
        {
            null => FollowOutcome.UserNotFound,
            { Following: true } => FollowOutcome.Following,
            { IsPrivate: true, Requested: true } => FollowOutcome.Requested,
            { IsPrivate: true } => await RequestToFollowAsync(db, viewerId, userId, cancellationToken),
            _ => await StartFollowingAsync(db, viewerId, userId, cancellationToken),
        };
    }

    /// <summary>Stops following <paramref name="userId"/>, and withdraws a pending request to them.</summary>
    public async Task<FollowOutcome> UnfollowAsync(Guid viewerId, Guid userId, CancellationToken cancellationToken)
    {
        if (viewerId == userId)
        {
            return FollowOutcome.CannotFollowYourself;
        }

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsActiveAsync(db, userId, cancellationToken))
        {
            return FollowOutcome.UserNotFound;
        }

        await db.Follows.Where(f => f.FollowerId == viewerId && f.FolloweeId == userId).ExecuteDeleteAsync(cancellationToken);
        await DeleteRequestAsync(db, requesterId: viewerId, targetId: userId, cancellationToken);
        return FollowOutcome.NotFollowing;
    }

    /// <summary>Withdraws the viewer's pending request to follow <paramref name="userId"/>; a follow stays as it is.</summary>
    public async Task<FollowOutcome> CancelRequestAsync(Guid viewerId, Guid userId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (viewerId == userId || !await IsActiveAsync(db, userId, cancellationToken))
        {
            return FollowOutcome.UserNotFound;
        }

        await DeleteRequestAsync(db, requesterId: viewerId, targetId: userId, cancellationToken);
        var following = await db.Follows.AnyAsync(f => f.FollowerId == viewerId && f.FolloweeId == userId, cancellationToken);
        return following ? FollowOutcome.Following : FollowOutcome.NotFollowing;
    }

    /// <summary>
    /// Accepts the pending request of <paramref name="requesterId"/> to follow the viewer: the request becomes a follow.
    /// Accepting again once they follow changes nothing.
    /// </summary>
    public async Task<FollowOutcome> AcceptRequestAsync(Guid viewerId, Guid requesterId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (!await IsActiveAsync(db, requesterId, cancellationToken))
        {
            return FollowOutcome.FollowRequestNotFound;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var removed = await DeleteRequestAsync(db, requesterId: requesterId, targetId: viewerId, cancellationToken);
        if (removed == 0)
        {
            var follows = await db.Follows.AnyAsync(f => f.FollowerId == requesterId && f.FolloweeId == viewerId, cancellationToken);
            return follows ? FollowOutcome.Following : FollowOutcome.FollowRequestNotFound;
        }

        // The request's row is deleted (and locked) in this transaction, so a concurrent accept waits here and then finds
        // no request, but the follow: both answer Following, one follow is created.
        db.Follows.Add(new Follow { FollowerId = requesterId, FolloweeId = viewerId, CreatedAt = time.GetUtcNow() });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FollowOutcome.Following;
    }

    /// <summary>Declines the pending request of <paramref name="requesterId"/> to follow the viewer.</summary>
    public async Task<FollowOutcome> DeclineRequestAsync(Guid viewerId, Guid requesterId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (requesterId == viewerId || !await IsActiveAsync(db, requesterId, cancellationToken))
        {
            return FollowOutcome.UserNotFound;
        }

        await DeleteRequestAsync(db, requesterId: requesterId, targetId: viewerId, cancellationToken);
        return FollowOutcome.Declined;
    }

    private async Task<FollowOutcome> StartFollowingAsync(AppDbContext db, Guid viewerId, Guid userId, CancellationToken cancellationToken)
    {
        db.Follows.Add(new Follow { FollowerId = viewerId, FolloweeId = userId, CreatedAt = time.GetUtcNow() });
        // A request left from when the profile was private is answered by the follow.
        await DeleteRequestAsync(db, requesterId: viewerId, targetId: userId, cancellationToken);
        return await SaveIgnoringRepeatAsync(db, FollowConstraints.FollowPrimaryKey, FollowOutcome.Following, cancellationToken);
    }

    private async Task<FollowOutcome> RequestToFollowAsync(AppDbContext db, Guid viewerId, Guid userId, CancellationToken cancellationToken)
    {
        db.FollowRequests.Add(new FollowRequestEntity { RequesterId = viewerId, TargetId = userId, CreatedAt = time.GetUtcNow() });
        return await SaveIgnoringRepeatAsync(db, FollowConstraints.RequestPairUnique, FollowOutcome.Requested, cancellationToken);
    }

    /// <summary>Saves; when a concurrent identical action won the race on <paramref name="constraint"/>, its result stands.</summary>
    private static async Task<FollowOutcome> SaveIgnoringRepeatAsync(
        AppDbContext db, string constraint, FollowOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException error) when (error.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
                                                && unique.ConstraintName == constraint)
        {
        }

        return outcome;
    }

    private static Task<int> DeleteRequestAsync(AppDbContext db, Guid requesterId, Guid targetId, CancellationToken cancellationToken) =>
        db.FollowRequests.Where(r => r.RequesterId == requesterId && r.TargetId == targetId).ExecuteDeleteAsync(cancellationToken);

    private static Task<bool> IsActiveAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == userId && u.Status == UserStatus.Active, cancellationToken);
}
