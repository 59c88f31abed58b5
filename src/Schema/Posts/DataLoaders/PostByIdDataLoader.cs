using GraphApi.Data;
using GraphApi.Data.Posts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>Posts by id that the viewer may see; a hidden, deleted or missing post loads as null.</summary>
public sealed class PostByIdDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : ViewerPostDataLoader<Post>(dbContextFactory)
{
    protected override Task<Dictionary<Guid, Post>> LoadAsync(
        AppDbContext db, Guid? viewerId, IReadOnlyList<Guid> postIds, CancellationToken cancellationToken) =>
        db.VisiblePosts(viewerId)
            .Where(post => postIds.Contains(post.Id))
            .Select(PostReader.ToPost)
            .ToDictionaryAsync(post => post.Id, cancellationToken);
}
