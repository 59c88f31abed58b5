using GraphApi.Data;
using GraphApi.Data.Posts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>How many reposts of each post there are (reposts that are not undone, by active accounts).</summary>
public sealed class RepostCountDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : ViewerPostDataLoader<int>(dbContextFactory)
{
    protected override Task<Dictionary<Guid, int>> LoadAsync(
        AppDbContext db, Guid? viewerId, IReadOnlyList<Guid> postIds, CancellationToken cancellationToken) =>
        db.VisiblePosts(viewerId)
            .Where(post => post.RepostOfId != null && postIds.Contains(post.RepostOfId.Value))
            .GroupBy(post => post.RepostOfId!.Value)
            .Select(group => new { PostId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.PostId, row => row.Count, cancellationToken);
}
