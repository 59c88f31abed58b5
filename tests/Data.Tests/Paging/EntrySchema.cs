using GraphQL.Data;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Tests.Paging;

/// <summary>A thread of entries, the parent of a nested connection.</summary>
public sealed record EntryThread(Guid Id);

/// <summary>The page of one thread's replies for one set of paging arguments.</summary>
public readonly record struct ThreadPage(Guid ThreadId, PagingArguments Paging);

/// <summary>Pages the replies of every thread asked for in one statement: keyset paging per group.</summary>
public sealed class RepliesByThreadLoader(PagingDatabase database) : BatchDataLoader<ThreadPage, Page<Entry>>
{
    protected override async Task<IReadOnlyDictionary<ThreadPage, Page<Entry>>> LoadBatchAsync(IReadOnlyList<ThreadPage> keys, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<ThreadPage, Page<Entry>>();
        await using var context = database.CreateContext();
        foreach (var batch in keys.GroupBy(k => k.Paging))
        {
            var threadIds = batch.Select(k => k.ThreadId).ToList();
            var paging = KeysetPaging<Entry>.Create(
                context.Entries.Where(e => threadIds.Contains(e.ThreadId)).OrderBy(e => e.CreatedAt), batch.Key);
            var pagesByThread = paging.ToPages(await paging.PerGroup(e => e.ThreadId).ToListAsync(cancellationToken), threadIds);
            foreach (var key in batch)
            {
                pages[key] = pagesByThread[key.ThreadId];
            }
        }
        return pages;
    }
}

[QueryType]
public static class EntryQueries
{
    /// <summary>An IQueryable over a context the resolver made and registered for cleanup.</summary>
    [UsePaging]
    public static IQueryable<Entry> GetEntries(Guid setId, IResolverContext context, [Service] PagingDatabase database)
    {
        var db = database.CreateContext();
        context.RegisterForCleanup(db);
        return db.Entries.AsNoTracking().Where(e => e.SetId == setId).OrderBy(e => e.Rank).ThenByDescending(e => e.Title);
    }

    public static async Task<EntryThread[]> GetThreadsAsync(Guid setId, [Service] PagingDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var ids = await db.Entries.Where(e => e.SetId == setId).Select(e => e.ThreadId).Distinct().OrderBy(id => id).ToListAsync(cancellationToken);
        return [.. ids.Select(id => new EntryThread(id))];
    }
}

[ObjectType<EntryThread>]
public static class EntryThreadFields
{
    [UsePaging]
    public static Task<Page<Entry>?> GetRepliesAsync([Parent] EntryThread thread, PagingArguments paging, RepliesByThreadLoader replies) =>
        replies.LoadAsync(new ThreadPage(thread.Id, paging));
}
