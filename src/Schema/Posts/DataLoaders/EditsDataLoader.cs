using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts.DataLoaders;

/// <summary>The replaced versions of each post, oldest first.</summary>
public sealed class EditsDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : GroupedDataLoader<Guid, PostEdit>
{
    protected override async Task<ILookup<Guid, PostEdit>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PostEdits
            .Where(edit => keys.Contains(edit.PostId))
            .OrderBy(edit => edit.ReplacedAt).ThenBy(edit => edit.Id)
            .Select(edit => new { edit.PostId, Edit = new PostEdit { Text = edit.Text, ImageUrls = edit.ImageUrls, ReplacedAt = edit.ReplacedAt } })
            .ToListAsync(cancellationToken);
        return rows.ToLookup(row => row.PostId, row => row.Edit);
    }
}
