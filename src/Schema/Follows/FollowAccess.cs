using System.Linq.Expressions;
using GraphApi.Data;
using UserEntity = GraphApi.Data.Accounts.User;

namespace GraphApi.Schema.Follows;

/// <summary>Who may see whose follow lists: the one rule every list query applies in SQL.</summary>
internal static class FollowAccess
{
    /// <summary>
    /// The users whose followers and following the viewer may see: public profiles, the viewer's own, and private
    /// profiles the viewer follows (an accepted request). Anonymous viewers (<paramref name="viewerId"/> null) see
    /// public profiles' lists only.
    /// </summary>
    public static Expression<Func<UserEntity, bool>> ListsVisibleTo(AppDbContext db, Guid? viewerId) =>
        owner => owner.Profile == null || !owner.Profile.IsPrivate
            || owner.Id == viewerId
            || db.Follows.Any(f => f.FollowerId == viewerId && f.FolloweeId == owner.Id);
}
