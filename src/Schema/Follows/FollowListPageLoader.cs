using GraphApi.Data;
using GraphQL.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Follows;

/// <summary>Which list of which owner, seen by whom, paged, filtered and sorted how.</summary>
public readonly record struct FollowListKey(
    FollowList List, Guid OwnerId, Guid? ViewerId, PagingArguments Paging, QueryContext<FollowListRow> Query);

/// <summary>
/// Pages of follow lists, many owners in one statement: the page of every owner that shares the list, the viewer and
/// the paging arguments (all the parents of one field in a request do) comes from one keyset query with a window per
/// owner, and <c>totalCount</c>, when selected, in the same statement. Filtered and sorted by the field's <c>where</c>
/// and <c>order</c>; newest follows first by default.
/// </summary>
public sealed class FollowListPageLoader(IDbContextFactory<AppDbContext> dbContextFactory)
    : BatchDataLoader<FollowListKey, Page<FollowListRow>>
{
    protected override async Task<IReadOnlyDictionary<FollowListKey, Page<FollowListRow>>> LoadBatchAsync(
        IReadOnlyList<FollowListKey> keys, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<FollowListKey, Page<FollowListRow>>(keys.Count);
        foreach (var batch in keys.GroupBy(key => (key.List, key.ViewerId, key.Paging, key.Query)))
        {
            var (list, viewerId, arguments, query) = batch.Key;
            var ownerIds = batch.Select(key => key.OwnerId).ToList();
            await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
            // The client's filter narrows the rows the privacy rule left; it never widens them.
            var source = query.Apply(
                FollowListQuery.Rows(db, list, viewerId).Where(row => ownerIds.Contains(row.OwnerId)),
                rows => rows.OrderByDescending(row => row.FollowedAt));
            var paging = KeysetPaging<FollowListRow>.Create(source, arguments);
            var rows = await paging.PerGroup(row => row.OwnerId).ToListAsync(cancellationToken);
            var pagesByOwner = paging.ToPages(rows, ownerIds);
            foreach (var key in batch)
            {
                pages[key] = pagesByOwner[key.OwnerId];
            }
        }

        return pages;
    }
}
