using GraphQL.Data;
using GraphQL.Types;

namespace GraphQL.Tests.Data.Paging;

public sealed class Item
{
    public int Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Nullable and often equal: nulls sort last ascending, ties are broken by the id.</summary>
    public int? Rank { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>The items of one test, and what was asked of the executor.</summary>
public sealed class ItemStore : IQueryableExecutor
{
    public List<Item> Items { get; } = [];

    public int ListQueries { get; private set; }

    public int CountQueries { get; private set; }

    public static ItemStore WithItems(int count)
    {
        var store = new ItemStore();
        for (var id = 1; id <= count; id++)
        {
            store.Add(id);
        }
        return store;
    }

    /// <summary>Ranks repeat (id % 4) and every fifth item has none.</summary>
    public Item Add(int id)
    {
        var item = new Item { Id = id, Title = $"item {id}", Rank = id % 5 == 0 ? null : id % 4, CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(id % 7) };
        Items.Add(item);
        return item;
    }

    public ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ListQueries++;
        return DefaultQueryableExecutor.Instance.ToListAsync(query, cancellationToken);
    }

    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        CountQueries++;
        return DefaultQueryableExecutor.Instance.CountAsync(query, cancellationToken);
    }
}

/// <summary>An element without an id, which keyset paging cannot order uniquely.</summary>
public sealed record Unkeyed(string Name);

[QueryType]
public static class PagingQueries
{
    [UsePaging]
    public static IQueryable<Item> GetItems([Service] ItemStore store) => store.Items.AsQueryable().OrderBy(i => i.Rank);

    [UsePaging(ConnectionName = "Item")]
    public static IQueryable<Item> GetRecent([Service] ItemStore store) =>
        store.Items.AsQueryable().Where(i => i.Id > 0).OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Title);

    [UsePaging]
    public static IQueryable<Item> GetUnordered([Service] ItemStore store) => store.Items.AsQueryable();

    [UsePaging(DefaultPageSize = 2, MaxPageSize = 5, IncludeTotalCount = false)]
    public static Task<IQueryable<Item>> GetSmallAsync([Service] ItemStore store) => Task.FromResult(store.Items.AsQueryable());

    [UsePaging(RequirePagingBoundaries = true)]
    public static IEnumerable<string> GetWords() => ["alpha", "beta", "gamma", "delta", "epsilon"];

    /// <summary>Pages by itself with the arguments the middleware validated.</summary>
    [UsePaging]
    public static Page<Item> GetManual(PagingArguments paging, [Service] ItemStore store)
    {
        var keyset = KeysetPaging<Item>.Create(store.Items.AsQueryable().OrderByDescending(i => i.Id), paging);
        return keyset.ToPage(keyset.Query.ToList(), paging.IncludeTotalCount ? store.Items.Count : null);
    }

    [UsePaging]
    public static Page<Item> GetUncounted(PagingArguments paging, [Service] ItemStore store)
    {
        var keyset = KeysetPaging<Item>.Create(store.Items.AsQueryable(), paging);
        return keyset.ToPage(keyset.Query.ToList());
    }
}

[QueryType]
public static class BrokenPagingQueries
{
    [UsePaging]
    public static int GetNotAList() => 1;

    [UsePaging]
    public static IQueryable<Unkeyed> GetUnkeyed() => Array.Empty<Unkeyed>().AsQueryable();

    [UsePaging]
    public static IEnumerable<string> GetClash(int first) => [];

    [UsePaging(ConnectionName = "Item")]
    public static IEnumerable<string> GetItemNames() => [];

    [UsePaging(ConnectionName = "Item")]
    public static IQueryable<Item> GetItems() => Array.Empty<Item>().AsQueryable();

    [UsePaging(DefaultPageSize = 60)]
    public static IEnumerable<string> GetTooLargeDefault() => [];
}
