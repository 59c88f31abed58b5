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
        var follows = list is FollowList.Followers or FollowList.MutualFollowers
            ? db.Follows.Select(f => new { OwnerId = f.FolloweeId, f.CreatedAt, ListedId = f.FollowerId })
            : db.Follows.Select(f => new { OwnerId = f.FollowerId, f.CreatedAt, ListedId = f.FolloweeId });
        // The listed user is joined for the names a client filters and sorts by; the display name comes through a
        // subquery (a profile is optional), not a navigation, so that EF Core can still page each owner's rows (ROW_NUMBER).
        var rows = follows.Join(
            db.Users.Where(u => u.Status == UserStatus.Active),
            f => f.ListedId,
            u => u.Id,
            (f, u) => new FollowListRow
            {
                OwnerId = f.OwnerId,
                FollowedAt = f.CreatedAt,
                Id = u.Id,
                Handle = u.Handle,
                DisplayName = db.Profiles.Where(p => p.UserId == u.Id).Select(p => p.DisplayName).FirstOrDefault(),
            });
        if (list is FollowList.MutualFollowers or FollowList.MutualFollowing)
        {
            rows = rows.Where(row => db.Follows.Any(f => f.FollowerId == viewerId && f.FolloweeId == row.Id));
        }

        var visibleOwners = db.Users.Where(FollowAccess.ListsVisibleTo(db, viewerId));
        return rows.Where(row => visibleOwners.Any(owner => owner.Id == row.OwnerId));
    }
}
