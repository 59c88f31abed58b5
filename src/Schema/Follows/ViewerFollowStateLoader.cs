using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Follows;

/// <summary>A signed-in viewer and another user.</summary>
public readonly record struct ViewerAndUser(Guid ViewerId, Guid UserId);

/// <summary>How a viewer and a user are connected.</summary>
/// <param name="ViewerIsFollowing">The viewer follows the user.</param>
/// <param name="ViewerHasRequested">The viewer's request to follow the user's private profile is pending.</param>
/// <param name="FollowsViewer">The user follows the viewer.</param>
public readonly record struct ViewerFollowState(bool ViewerIsFollowing, bool ViewerHasRequested, bool FollowsViewer);

/// <summary>
/// The <see cref="ViewerFollowState"/> of a page of users in one statement per viewer (a request has one viewer, so
/// one statement).
/// </summary>
public sealed class ViewerFollowStateLoader(IDbContextFactory<AppDbContext> dbContextFactory) : BatchDataLoader<ViewerAndUser, ViewerFollowState>
{
    protected override async Task<IReadOnlyDictionary<ViewerAndUser, ViewerFollowState>> LoadBatchAsync(
        IReadOnlyList<ViewerAndUser> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var states = new Dictionary<ViewerAndUser, ViewerFollowState>(keys.Count);
        foreach (var byViewer in keys.GroupBy(key => key.ViewerId))
        {
            var viewerId = byViewer.Key;
            var userIds = byViewer.Select(key => key.UserId).ToList();
            var rows = await db.Users
                .Where(user => userIds.Contains(user.Id))
                .Select(user => new
                {
                    user.Id,
                    Following = db.Follows.Any(f => f.FollowerId == viewerId && f.FolloweeId == user.Id),
                    Requested = db.FollowRequests.Any(r => r.RequesterId == viewerId && r.TargetId == user.Id),
                    FollowsViewer = db.Follows.Any(f => f.FollowerId == user.Id && f.FolloweeId == viewerId),
                })
                .ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                states[new ViewerAndUser(viewerId, row.Id)] = new ViewerFollowState(row.Following, row.Requested, row.FollowsViewer);
            }
        }

        return states;
    }
}
