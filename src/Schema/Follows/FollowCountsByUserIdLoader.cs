using GraphApi.Data;
using GraphApi.Data.Accounts;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Follows;

/// <summary>How many active users follow a user, and how many active users they follow.</summary>
public readonly record struct FollowCounts(int Followers, int Following);

/// <summary>
/// The follower and following counts of a page of users in one statement. Follows of deleted or suspended users are
/// not counted, as the lists do not show them.
/// </summary>
public sealed class FollowCountsByUserIdLoader(IDbContextFactory<AppDbContext> dbContextFactory) : BatchDataLoader<Guid, FollowCounts>
{
    protected override async Task<IReadOnlyDictionary<Guid, FollowCounts>> LoadBatchAsync(
        IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var active = db.Users.Where(u => u.Status == UserStatus.Active);
        return await db.Users
            .Where(user => keys.Contains(user.Id))
            .Select(user => new
            {
                user.Id,
                Followers = db.Follows.Count(f => f.FolloweeId == user.Id && active.Any(a => a.Id == f.FollowerId)),
                Following = db.Follows.Count(f => f.FollowerId == user.Id && active.Any(a => a.Id == f.FolloweeId)),
            })
            .ToDictionaryAsync(row => row.Id, row => new FollowCounts(row.Followers, row.Following), cancellationToken);
    }
}
