using GraphApi.Data;
using GraphApi.Data.Accounts;

namespace GraphApi.Schema.Follows;

/// <summary>
/// The rows of a follow list for every owner (filter by <see cref="FollowListRow.OwnerId"/>; no order, no paging: the
/// caller adds them). Only active users are listed, and only the lists the viewer may see
/// (<see cref="FollowAccess"/>) have rows.
/// </summary>
internal static class FollowListQuery
{
    public static IQueryable<FollowListRow> Rows(AppDbContext db, FollowList list, Guid? viewerId)
    {
        var rows = list is FollowList.Followers or FollowList.MutualFollowers
            ? db.Follows.Select(f => new FollowListRow { OwnerId = f.FolloweeId, FollowedAt = f.CreatedAt, Id = f.FollowerId })
            : db.Follows.Select(f => new FollowListRow { OwnerId = f.FollowerId, FollowedAt = f.CreatedAt, Id = f.FolloweeId });
        if (list is FollowList.MutualFollowers or FollowList.MutualFollowing)
        {
            rows = rows.Where(row => db.Follows.Any(f => f.FollowerId == viewerId && f.FolloweeId == row.Id));
        }

        var visibleOwners = db.Users.Where(FollowAccess.ListsVisibleTo(db, viewerId));
        var activeUsers = db.Users.Where(u => u.Status == UserStatus.Active);
        return rows.Where(row => visibleOwners.Any(owner => owner.Id == row.OwnerId) && activeUsers.Any(u => u.Id == row.Id));
    }
}
