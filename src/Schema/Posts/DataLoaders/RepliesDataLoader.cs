using GraphApi.Data;
using GraphQL.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;
using PostEntity = GraphApi.Data.Posts.Post;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>The page of replies a viewer asked for on a post, with the paging arguments of the <c>replies</c> field.</summary>
public readonly record struct RepliesKey(Guid? ViewerId, Guid PostId, PagingArguments Paging);

/// <summary>
/// A page of visible replies for each of many posts in ONE statement ("first N per parent"): each post's keyset page
/// query (<see cref="KeysetPaging{T}"/>, so cursors and page info are exactly those of paging one post), joined with
/// <c>UNION ALL</c>; each part reads the <c>(reply_to_id, created_at, id)</c> index. Keys with the same viewer and
/// paging arguments (the usual case: one <c>replies(first: 3)</c> under a list of posts) share that statement.
/// </summary>
/// <remarks>
/// <c>KeysetPaging.PerGroup</c> (<c>GroupBy</c> then <c>Take</c> per group) would be one <c>ROW_NUMBER()</c> query, but
/// EF Core 10 cannot translate it (it throws "could not be translated"), hence the union.
/// </remarks>
public sealed class RepliesDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : BatchDataLoader<RepliesKey, Page<Post>>
{
    protected override async Task<IReadOnlyDictionary<RepliesKey, Page<Post>>> LoadBatchAsync(
        IReadOnlyList<RepliesKey> keys, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<RepliesKey, Page<Post>>(keys.Count);
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var request in keys.GroupBy(key => (key.ViewerId, key.Paging)))
        {
            var pagings = request.ToDictionary(
                key => key.PostId,
                key => KeysetPaging<PostEntity>.Create(PostReader.RepliesTo(db, key.ViewerId, key.PostId), key.Paging));
            var rows = await pagings.Values.Select(paging => paging.Query).Aggregate(Queryable.Concat).ToListAsync(cancellationToken);
            var rowsByPost = rows.ToLookup(reply => reply.ReplyToId!.Value);
            foreach (var key in request)
            {
                pages[key] = Project(pagings[key.PostId].ToPage(InFetchOrder(rowsByPost[key.PostId], key.Paging)));
            }
        }
        return pages;
    }

    /// <summary>A union keeps no order: the rows of one post in the order its page query fetched them (backwards for <c>last</c>).</summary>
    private static List<PostEntity> InFetchOrder(IEnumerable<PostEntity> rows, PagingArguments paging) =>
        paging.IsBackward
            ? [.. rows.OrderByDescending(reply => reply.CreatedAt).ThenByDescending(reply => reply.Id)]
            : [.. rows.OrderBy(reply => reply.CreatedAt).ThenBy(reply => reply.Id)];

    /// <summary>The page with its entities shown as <see cref="Post"/>s, keeping their cursors.</summary>
    private static Page<Post> Project(Page<PostEntity> page)
    {
        var entities = page.Items.ToDictionary(entity => entity.Id);
        return new Page<Post>(
            [.. page.Items.Select(PostReader.FromEntity)], page.HasNextPage, page.HasPreviousPage, post => page.CreateCursor(entities[post.Id]));
    }
}
