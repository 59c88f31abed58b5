using GraphApi.Data;
using GraphApi.Data.Accounts;

namespace GraphApi.Schema.Follows;

/// <summary>Reads follow requests as the API shows them.</summary>
internal static class FollowRequestReader
{
    /// <summary>
    /// The pending requests between two active users, projected in SQL: a request of or to a deleted or suspended
    /// account is shown to nobody.
    /// </summary>
    public static IQueryable<FollowRequest> BetweenActiveUsers(AppDbContext db)
    {
        var active = db.Users.Where(user => user.Status == UserStatus.Active);
        return db.FollowRequests
            .Where(r => active.Any(user => user.Id == r.RequesterId) && active.Any(user => user.Id == r.TargetId))
            .Select(r => new FollowRequest { Id = r.Id, CreatedAt = r.CreatedAt, RequesterId = r.RequesterId, TargetId = r.TargetId });
    }
}
