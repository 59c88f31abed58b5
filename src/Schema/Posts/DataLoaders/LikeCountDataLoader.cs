using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>How many people like each post.</summary>
public sealed class LikeCountDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : BatchDataLoader<Guid, int>
{
    protected override async Task<IReadOnlyDictionary<Guid, int>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PostLikes
            .Where(like => keys.Contains(like.PostId))
            .GroupBy(like => like.PostId)
            .Select(group => new { PostId = group.Key, Count = group.Count() })
            .ToDictionaryAsync(row => row.PostId, row => row.Count, cancellationToken);
    }
}
