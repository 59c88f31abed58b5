using GraphApi.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>Whether the viewer likes each post; always false for a signed-out viewer (no query).</summary>
public sealed class ViewerHasLikedDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : ViewerPostDataLoader<bool>(dbContextFactory)
{
    protected override async Task<Dictionary<Guid, bool>> LoadAsync(
        AppDbContext db, Guid? viewerId, IReadOnlyList<Guid> postIds, CancellationToken cancellationToken)
    {
        if (viewerId is null)
        {
            return [];
        }
        return await db.PostLikes
            .Where(like => like.UserId == viewerId && postIds.Contains(like.PostId))
            .ToDictionaryAsync(like => like.PostId, _ => true, cancellationToken);
    }
}
