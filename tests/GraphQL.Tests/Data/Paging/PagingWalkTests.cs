using System.Text.Json;

namespace GraphQL.Tests.Data.Paging;

/// <summary>Forward and backward walks over LINQ-to-objects sources visit every item exactly once, in order.</summary>
public sealed class PagingWalkTests
{
    private const int Count = 23;

    private readonly ItemStore _store = ItemStore.WithItems(Count);

    private PagingRunner Runner => new(_store);

    /// <summary>Rank ascending with nulls last, then id: the order the "items" connection pages in.</summary>
    private List<int> ByRank() => [.. _store.Items.OrderBy(i => i.Rank is null).ThenBy(i => i.Rank).ThenBy(i => i.Id).Select(i => i.Id)];

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(23)]
    [InlineData(50)]
    public async Task WalkingForwardsVisitsEveryItemOnceInOrderDespiteDuplicateAndNullKeys(int pageSize)
    {
        Assert.Equal(ByRank(), await Runner.WalkAsync("items", forwards: true, pageSize));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(50)]
    public async Task WalkingBackwardsVisitsEveryItemOnceInOrder(int pageSize)
    {
        Assert.Equal(ByRank(), await Runner.WalkAsync("items", forwards: false, pageSize));
    }

    [Fact]
    public async Task WalksFollowMultiKeyDescendingOrdersWithStringKeys()
    {
        var expected = _store.Items.OrderByDescending(i => i.CreatedAt).ThenBy(i => i.Title).ThenBy(i => i.Id).Select(i => i.Id).ToList();

        Assert.Equal(expected, await Runner.WalkAsync("recent", forwards: true, 3));
        Assert.Equal(expected, await Runner.WalkAsync("recent", forwards: false, 3));
    }

    [Fact]
    public async Task WithoutAnOrderTheIdIsTheOrder()
    {
        Assert.Equal(Enumerable.Range(1, Count), await Runner.WalkAsync("unordered", forwards: true, 5));
        Assert.Equal(Enumerable.Range(1, Count), await Runner.WalkAsync("unordered", forwards: false, 5));
    }

    [Fact]
    public async Task ItemsInsertedBetweenPagesNeverMakeAnItemAppearTwiceOrGoMissing()
    {
        var originals = ByRank();
        var nextId = 1000;

        var forwards = await Runner.WalkAsync("items", forwards: true, 4, () => { _store.Add(nextId++); _store.Add(nextId++); });
        var backwards = await Runner.WalkAsync("items", forwards: false, 4, () => { _store.Add(nextId++); _store.Add(nextId++); });

        foreach (var walk in new[] { forwards, backwards })
        {
            Assert.Equal(walk.Count, walk.Distinct().Count());
            Assert.Equal(originals, walk.Where(id => id < 1000));
        }
    }

    [Fact]
    public async Task PageInfoAndCursorsDescribeThePage()
    {
        var first = await Runner.ConnectionAsync("unordered", "first: 2");
        var edges = first.GetProperty("edges").EnumerateArray().ToList();
        var pageInfo = first.GetProperty("pageInfo");

        Assert.Equal([1, 2], edges.Select(e => e.GetProperty("node").GetProperty("id").GetInt32()));
        Assert.True(pageInfo.GetProperty("hasNextPage").GetBoolean());
        Assert.False(pageInfo.GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(edges[0].GetProperty("cursor").GetString(), pageInfo.GetProperty("startCursor").GetString());
        Assert.Equal(edges[1].GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());

        var between = await Runner.ConnectionAsync("unordered",
            $"first: 10, after: \"{edges[0].GetProperty("cursor").GetString()}\", before: \"{Cursor(await Runner.ConnectionAsync("unordered", "first: 5"), 4)}\"");
        Assert.Equal([2, 3, 4], Ids(between));
        Assert.True(between.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(between.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task DefaultPageSizesApplyAndFirstZeroOnlyTellsWhetherThereAreItems()
    {
        Assert.Equal(Enumerable.Range(1, 10), Ids(await Runner.ConnectionAsync("unordered", "")));
        Assert.Equal([1, 2], Ids(await Runner.ConnectionAsync("small", "")));

        var empty = await Runner.ConnectionAsync("unordered", "first: 0");
        Assert.Empty(Ids(empty));
        Assert.True(empty.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("pageInfo").GetProperty("endCursor").ValueKind);
    }

    [Fact]
    public async Task NodesListTheItemsOfThePage()
    {
        var connection = await Runner.ConnectionAsync("unordered", "last: 2", "nodes { title }");

        Assert.Equal(["item 22", "item 23"], connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task ListsThatAreNotQueriesArePagedByPosition()
    {
        const string selection = "edges { cursor node } pageInfo { hasNextPage hasPreviousPage }";
        var first = await Runner.ConnectionAsync("words", "first: 2", selection);
        var next = await Runner.ConnectionAsync("words", $"first: 2, after: \"{Cursor(first, 1)}\"", selection);
        var last = await Runner.ConnectionAsync("words", $"last: 2, before: \"{Cursor(next, 1)}\"", selection);

        Assert.Equal(["alpha", "beta"], Words(first));
        Assert.Equal(["gamma", "delta"], Words(next));
        Assert.Equal(["beta", "gamma"], Words(last));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task APageTheResolverMadeIsPassedThroughWithItsCursorsAndCount()
    {
        var first = await Runner.ConnectionAsync("manual", "first: 3", "edges { cursor node { id } } totalCount pageInfo { hasNextPage }");
        var next = await Runner.ConnectionAsync("manual", $"first: 3, after: \"{Cursor(first, 2)}\"", "edges { cursor node { id } } totalCount");

        Assert.Equal([23, 22, 21], Ids(first));
        Assert.Equal([20, 19, 18], Ids(next));
        Assert.Equal(Count, first.GetProperty("totalCount").GetInt32());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task TotalCountIsCountedOnlyWhenSelected()
    {
        await Runner.ConnectionAsync("items", "first: 3", "edges { node { id } }");
        Assert.Equal((1, 0), (_store.ListQueries, _store.CountQueries));

        var counted = await Runner.ConnectionAsync("items", "first: 3", "totalCount ... on ItemsConnection { nodes { id } }");
        Assert.Equal((2, 1), (_store.ListQueries, _store.CountQueries));
        Assert.Equal(Count, counted.GetProperty("totalCount").GetInt32());
    }

    private static List<int> Ids(JsonElement connection) =>
        connection.TryGetProperty("edges", out var edges)
            ? [.. edges.EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32())]
            : [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];

    private static List<string?> Words(JsonElement connection) =>
        [.. connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetString())];

    private static string Cursor(JsonElement connection, int index) =>
        connection.GetProperty("edges")[index].GetProperty("cursor").GetString()!;
}
