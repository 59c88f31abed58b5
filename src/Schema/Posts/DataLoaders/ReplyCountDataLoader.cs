using GraphApi.Data;
using GraphApi.Data.Posts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>How many direct replies to each post the viewer may see (the total of <c>replies</c>).</summary>
public sealed class ReplyCountDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : ViewerPostDataLoader<int>(dbContextFactory)
{
    protected override Task<Dictionary<Guid, int>> LoadAsync(
        AppDbContext db, Guid? viewerId, IReadOnlyList<Guid> postIds, CancellationToken cancellationToken) =>
        db.VisiblePosts(viewerId)
            .Where(post => post.ReplyToId != null && postIds.Contains(post.ReplyToId.Value))
            .GroupBy(post => post.ReplyToId!.Value)
            .Select(group => new { PostId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.PostId, row => row.Count, cancellationToken);
}
