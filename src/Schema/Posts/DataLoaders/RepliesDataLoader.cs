using GraphApi.Data;
using GraphQL.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PostEntity = GraphApi.Data.Posts.Post;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>The page of replies a viewer asked for on a post, with the paging arguments of the <c>replies</c> field.</summary>
public readonly record struct RepliesKey(Guid? ViewerId, Guid PostId, PagingArguments Paging);

/// <summary>
/// A page of visible replies for each of many posts in ONE statement ("first N per parent": keyset paging per group,
/// <see cref="KeysetPaging{T}.PerGroup"/>, which EF Core turns into <c>ROW_NUMBER() OVER (PARTITION BY reply_to_id …)</c>).
/// Keys with the same viewer and paging arguments (the usual case: one <c>replies(first: 3)</c> under a list of posts)
/// share that statement; when <c>totalCount</c> is selected, it also counts each post's visible replies.
/// </summary>
public sealed class RepliesDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : BatchDataLoader<RepliesKey, Page<Post>>
{
    protected override async Task<IReadOnlyDictionary<RepliesKey, Page<Post>>> LoadBatchAsync(
        IReadOnlyList<RepliesKey> keys, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<RepliesKey, Page<Post>>(keys.Count);
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var request in keys.GroupBy(key => (key.ViewerId, key.Paging)))
        {
            var postIds = request.Select(key => key.PostId).ToList();
            var paging = KeysetPaging<PostEntity>.Create(PostReader.RepliesTo(db, request.Key.ViewerId, postIds), request.Key.Paging);
            var rows = await paging.PerGroup(reply => reply.ReplyToId!.Value).ToListAsync(cancellationToken);
            var pagesByPost = paging.ToPages(rows, postIds);
            foreach (var key in request)
            {
                pages[key] = Project(pagesByPost[key.PostId]);
            }
        }
        return pages;
    }

    /// <summary>The page with its entities shown as <see cref="Post"/>s, keeping their cursors.</summary>
    private static Page<Post> Project(Page<PostEntity> page)
    {
        var entities = page.Items.ToDictionary(entity => entity.Id);
        return new Page<Post>(
            [.. page.Items.Select(PostReader.FromEntity)], page.HasNextPage, page.HasPreviousPage, post => page.CreateCursor(entities[post.Id]), page.TotalCount);
    }
}
