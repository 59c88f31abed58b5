using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>The ids of the users each post mentions (the users themselves come from <c>UserByIdDataLoader</c>).</summary>
public sealed class MentionedUserIdsDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : GroupedDataLoader<Guid, Guid>
{
    protected override async Task<ILookup<Guid, Guid>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PostMentions.Where(mention => keys.Contains(mention.PostId)).ToListAsync(cancellationToken);
        return rows.ToLookup(mention => mention.PostId, mention => mention.UserId);
    }
}
