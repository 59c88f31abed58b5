using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>The hashtags of each post, in alphabetical order.</summary>
public sealed class HashtagsDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : GroupedDataLoader<Guid, string>
{
    protected override async Task<ILookup<Guid, string>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PostHashtags
            .Where(hashtag => keys.Contains(hashtag.PostId))
            .OrderBy(hashtag => hashtag.Tag)
            .ToListAsync(cancellationToken);
        return rows.ToLookup(hashtag => hashtag.PostId, hashtag => hashtag.Tag);
    }
}
