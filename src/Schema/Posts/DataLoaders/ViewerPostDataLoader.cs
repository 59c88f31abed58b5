using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>
/// A batch loader of one value per post as a viewer sees it. A request has one viewer, so a batch is one query; keys of
/// several viewers (possible, not usual) get one query per viewer. Posts the query does not return load as the default.
/// </summary>
public abstract class ViewerPostDataLoader<TValue>(IDbContextFactory<AppDbContext> dbContextFactory)
    : BatchDataLoader<ViewerPostKey, TValue>
{
    protected sealed override async Task<IReadOnlyDictionary<ViewerPostKey, TValue>> LoadBatchAsync(
        IReadOnlyList<ViewerPostKey> keys, CancellationToken cancellationToken)
    {
        var values = new Dictionary<ViewerPostKey, TValue>(keys.Count);
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        foreach (var viewerKeys in keys.GroupBy(key => key.ViewerId))
        {
            var postIds = viewerKeys.Select(key => key.PostId).ToList();
            foreach (var (postId, value) in await LoadAsync(db, viewerKeys.Key, postIds, cancellationToken))
            {
                values[new ViewerPostKey(viewerKeys.Key, postId)] = value;
            }
        }
        return values;
    }

    /// <summary>The values of <paramref name="postIds"/> as <paramref name="viewerId"/> sees them, in one query.</summary>
    protected abstract Task<Dictionary<Guid, TValue>> LoadAsync(
        AppDbContext db, Guid? viewerId, IReadOnlyList<Guid> postIds, CancellationToken cancellationToken);
}
