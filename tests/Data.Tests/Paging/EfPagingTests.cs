using System.Text.Json;
using GraphApi.Testing;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Data.Tests.Paging;

/// <summary>
/// [UsePaging] over EF Core on real PostgreSQL: keyset cursors translated to SQL, walks in both directions that visit
/// every row once (duplicate and null keys, rows arriving between pages), one statement per page and one more only
/// when totalCount is selected, and nested connections of many parents in one statement.
/// </summary>
public sealed class EfPagingTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private static readonly RequestExecutor Executor = new(SchemaBuilder.New()
        .AddQueryType(typeof(EntryQueries))
        .AddType(typeof(EntryThreadFields))
        .Build());

    private readonly Guid _setId = Guid.CreateVersion7();
    private PagingDatabase _database = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _database = await PagingDatabase.CreateAsync(fixture);
        _services = new ServiceCollection()
            .AddSingleton(_database)
            .AddSingleton<IQueryableExecutor>(EfQueryableExecutor.Instance)
            .BuildServiceProvider();
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task WalkingForwardsAndBackwardsVisitsEveryRowOnceInTheDatabasesOrder()
    {
        var entries = await AddEntriesAsync(1000);
        // Rank ascending with nulls last (PostgreSQL's order too), then title descending, then id.
        var expected = entries.OrderBy(e => e.Rank is null).ThenBy(e => e.Rank).ThenByDescending(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Id).Select(e => e.Id).ToList();

        Assert.Equal(expected, await WalkAsync(forwards: true, pageSize: 50));
        Assert.Equal(expected, await WalkAsync(forwards: false, pageSize: 50));
    }

    [Fact]
    public async Task RowsInsertedBetweenPagesNeitherRepeatNorHideOtherRows()
    {
        var originals = (await AddEntriesAsync(120)).Select(e => e.Id).ToHashSet();
        var added = 0;

        foreach (var forwards in new[] { true, false })
        {
            var walk = await WalkAsync(forwards, 7, () => _database.AddAsync(Enumerable.Range(0, 3).Select(_ => NewEntry(500 + added++))));

            Assert.Equal(walk.Count, walk.Distinct().Count());
            Assert.Equal(originals.Count, walk.Count(originals.Contains));
        }
    }

    [Fact]
    public async Task APageIsOneStatementAndTotalCountAddsACountOnlyWhenSelected()
    {
        await AddEntriesAsync(30);
        _database.Log.Reset();

        var page = await RunAsync("query($set: UUID!) { entries(setId: $set, first: 10) { nodes { title } pageInfo { hasNextPage } } }");
        var pageStatements = _database.Log.Statements;
        _database.Log.Reset();
        var counted = await RunAsync("query($set: UUID!) { entries(setId: $set, first: 10) { totalCount nodes { title } } }");
        var countedStatements = _database.Log.Statements;

        Assert.Equal(10, page.GetProperty("entries").GetProperty("nodes").GetArrayLength());
        Assert.True(page.GetProperty("entries").GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var select = Assert.Single(pageStatements);
        Assert.DoesNotContain("count(", select, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("LIMIT", select);
        Assert.Equal(30, counted.GetProperty("entries").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, countedStatements.Count);
        Assert.Single(countedStatements, s => s.Contains("count(", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CursorsBecomeAParameterizedWhereInSql()
    {
        await AddEntriesAsync(10);
        var first = await RunAsync("query($set: UUID!) { entries(setId: $set, first: 3) { pageInfo { endCursor } } }");
        _database.Log.Reset();

        await RunAsync(
            "query($set: UUID!, $after: String) { entries(setId: $set, first: 3, after: $after) { nodes { title } } }",
            ("after", first.GetProperty("entries").GetProperty("pageInfo").GetProperty("endCursor").GetString()));

        var sql = Assert.Single(_database.Log.Statements);
        Assert.Contains("WHERE", sql);
        Assert.Contains("@", sql);
        Assert.DoesNotContain("item", sql);
    }

    [Fact]
    public async Task ACursorOfAnotherConnectionIsACleanErrorNotADatabaseFailure()
    {
        await AddEntriesAsync(5);
        var repliesCursor = (await RunAsync("query($set: UUID!) { threads(setId: $set) { replies(first: 1) { pageInfo { endCursor } } } }"))
            .GetProperty("threads")[0].GetProperty("replies").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var result = await ExecuteAsync(
            "query($set: UUID!, $after: String) { entries(setId: $set, first: 3, after: $after) { nodes { title } } }", ("after", repliesCursor));

        var error = Assert.Single(result.Errors);
        Assert.Equal(PagingErrorCodes.InvalidCursor, error.Code);
        Assert.StartsWith($"The cursor \"{repliesCursor}\" given to argument \"after\" of field \"Query.entries\" is not valid", error.Message);
    }

    [Fact]
    public async Task NestedConnectionsOfFiftyParentsCostOneStatement()
    {
        var threads = Enumerable.Range(0, 50).Select(_ => Guid.CreateVersion7()).ToList();
        var entries = await _database.AddAsync(threads.SelectMany((thread, t) => Enumerable.Range(0, t % 6).Select(i => NewEntry(t * 10 + i, thread))));
        _database.Log.Reset();

        var data = await RunAsync(
            "query($set: UUID!) { threads(setId: $set) { id replies(first: 3) { nodes { title } pageInfo { hasNextPage } } } }");

        Assert.Equal(2, _database.Log.Statements.Count);   // the threads, then every thread's page
        var byThread = entries.ToLookup(e => e.ThreadId);
        var result = data.GetProperty("threads").EnumerateArray().ToList();
        Assert.Equal(threads.Count(t => byThread[t].Any()), result.Count);
        foreach (var thread in result)
        {
            var replies = byThread[thread.GetProperty("id").GetGuid()].OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToList();
            var connection = thread.GetProperty("replies");
            Assert.Equal(replies.Take(3).Select(e => e.Title), connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()));
            Assert.Equal(replies.Count > 3, connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        }
    }

    [Fact]
    public async Task ThePerGroupHelperPagesEachParentLikeASingleQueryWouldInBothDirections()
    {
        var threads = Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7()).ToList();
        await _database.AddAsync(threads.SelectMany((thread, t) => Enumerable.Range(0, 7).Select(i => NewEntry(t * 10 + i, thread))));
        await using var db = _database.CreateContext();
        IQueryable<Entry> Replies(IEnumerable<Guid> ids) => db.Entries.Where(e => ids.Contains(e.ThreadId)).OrderByDescending(e => e.Rank);

        foreach (var arguments in new[] { new PagingArguments(First: 3, null, null, null), new PagingArguments(null, null, Last: 2, null) })
        {
            var batch = KeysetPaging<Entry>.Create(Replies(threads), arguments);
            var pages = batch.ToPages(await batch.PerGroup(e => e.ThreadId).ToListAsync(), threads);
            foreach (var thread in threads)
            {
                var single = KeysetPaging<Entry>.Create(Replies([thread]), arguments);
                var expected = single.ToPage(await single.Query.ToListAsync());
                var actual = pages[thread];
                Assert.Equal(expected.Items.Select(e => e.Id), actual.Items.Select(e => e.Id));
                Assert.Equal((expected.HasNextPage, expected.HasPreviousPage), (actual.HasNextPage, actual.HasPreviousPage));
                Assert.Equal(expected.Items.Select(expected.CreateCursor), actual.Items.Select(actual.CreateCursor));
            }
        }
    }

    [Fact]
    public async Task TheEfExecutorListsAndCountsEfQueriesAsynchronouslyAndOthersDirectly()
    {
        await AddEntriesAsync(4);
        await using var db = _database.CreateContext();
        var query = db.Entries.Where(e => e.SetId == _setId);

        Assert.Equal(4, (await EfQueryableExecutor.Instance.ToListAsync(query, CancellationToken.None)).Count);
        Assert.Equal(4, await EfQueryableExecutor.Instance.CountAsync(query, CancellationToken.None));
        Assert.Equal([1, 2], await EfQueryableExecutor.Instance.ToListAsync(new[] { 1, 2 }.AsQueryable(), CancellationToken.None));
        Assert.Equal(2, await EfQueryableExecutor.Instance.CountAsync(new[] { 1, 2 }.AsQueryable(), CancellationToken.None));
    }

    [Fact]
    public async Task AddAppDatabaseRegistersTheEfExecutor()
    {
        await using var services = new ServiceCollection().AddAppDatabase(fixture.ConnectionString).BuildServiceProvider();

        Assert.IsType<EfQueryableExecutor>(services.GetRequiredService<IQueryableExecutor>());
    }

    private Entry NewEntry(int n, Guid? threadId = null) => new()
    {
        SetId = _setId,
        ThreadId = threadId ?? Guid.CreateVersion7(),
        Title = $"entry {n:D5}",
        Rank = n % 9 == 0 ? null : n % 4,
        CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(n % 13),
    };

    private Task<List<Entry>> AddEntriesAsync(int count) => _database.AddAsync(Enumerable.Range(0, count).Select(n => NewEntry(n)));

    private async Task<List<Guid>> WalkAsync(bool forwards, int pageSize, Func<Task>? betweenPages = null)
    {
        var visited = new List<Guid>();
        string? cursor = null;
        while (true)
        {
            var data = await RunAsync(
                "query($set: UUID!, $size: Int, $cursor: String, $forwards: Boolean!) { entries(setId: $set, first: $size, after: $cursor) @include(if: $forwards) { ...Page } back: entries(setId: $set, last: $size, before: $cursor) @skip(if: $forwards) { ...Page } } " +
                "fragment Page on EntriesConnection { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }",
                ("size", pageSize), ("cursor", cursor), ("forwards", forwards));
            var connection = data.GetProperty(forwards ? "entries" : "back");
            var ids = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetGuid()).ToList();
            visited.InsertRange(forwards ? visited.Count : 0, ids);
            if (betweenPages is not null)
            {
                await betweenPages();
            }
            var pageInfo = connection.GetProperty("pageInfo");
            if (!pageInfo.GetProperty(forwards ? "hasNextPage" : "hasPreviousPage").GetBoolean())
            {
                return visited;
            }
            cursor = pageInfo.GetProperty(forwards ? "endCursor" : "startCursor").GetString();
        }
    }

    private async Task<JsonElement> RunAsync(string query, params (string Name, object? Value)[] variables)
    {
        var result = await ExecuteAsync(query, variables);
        Assert.Empty(result.Errors);
        return JsonDocument.Parse(JsonValueWriter.ToJson(result.Data)).RootElement;
    }

    private async Task<ExecutionResult> ExecuteAsync(string query, params (string Name, object? Value)[] variables)
    {
        var values = variables.ToDictionary(v => v.Name, v => v.Value);
        values["set"] = _setId;
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = JsonInput.ParseObject(JsonSerializer.Serialize(values)),
            Services = _services,
        };
        return Assert.IsType<ExecutionResult>(await Executor.ExecuteAsync(request));
    }
}
