using GraphApi.Testing;
using GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Tests.Paging;

/// <summary>
/// <see cref="KeysetPaging{T}.PerGroup"/> with <c>totalCount</c> selected on real PostgreSQL: each parent's count of
/// the whole list (cursors left out) comes from the same statement as the pages, also for parents whose page is empty.
/// </summary>
public sealed class GroupedTotalCountTests(DatabaseFixture fixture) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    private readonly Guid _setId = Guid.CreateVersion7();
    private PagingDatabase _database = null!;
    private PagingDbContext _db = null!;

    public async Task InitializeAsync()
    {
        _database = await PagingDatabase.CreateAsync(fixture);
        _db = _database.CreateContext();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Each_parent_gets_the_count_of_its_whole_list_in_the_same_statement(bool forwards)
    {
        var (empty, one, many) = (Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7());
        await _database.AddAsync([NewEntry(one, 0), .. Enumerable.Range(1, 7).Select(i => NewEntry(many, i))]);
        var arguments = forwards ? new PagingArguments(First: 3, null, null, null) : new PagingArguments(null, null, Last: 3, null);
        var paging = KeysetPaging<Entry>.Create(RepliesTo([empty, one, many]), arguments with { IncludeTotalCount = true });
        _database.Log.Reset();

        var pages = paging.ToPages(await paging.PerGroup(e => e.ThreadId).ToListAsync(), [empty, one, many]);

        Assert.Single(_database.Log.Statements);
        Assert.Equal((0, 0), (pages[empty].TotalCount!.Value, pages[empty].Count));
        Assert.Equal((1, 1), (pages[one].TotalCount!.Value, pages[one].Count));
        Assert.Equal((7, 3), (pages[many].TotalCount!.Value, pages[many].Count));
        Assert.Equal(forwards ? ["entry 1", "entry 2", "entry 3"] : ["entry 5", "entry 6", "entry 7"], pages[many].Select(e => e.Title));
    }

    [Fact]
    public async Task A_parent_whose_page_the_cursor_empties_keeps_its_count()
    {
        var (early, late) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var entries = await _database.AddAsync([NewEntry(early, 0), NewEntry(early, 1), NewEntry(late, 5), NewEntry(late, 6), NewEntry(late, 7)]);
        var first = KeysetPaging<Entry>.Create(RepliesTo([late]), new PagingArguments(First: 1, null, null, null));
        var after = first.CreateCursor(entries.Single(e => e.Title == "entry 5"));
        var paging = KeysetPaging<Entry>.Create(RepliesTo([early, late]), new PagingArguments(First: 5, after, null, null) { IncludeTotalCount = true });

        var pages = paging.ToPages(await paging.PerGroup(e => e.ThreadId).ToListAsync(), [early, late]);

        Assert.Empty(pages[early]);
        Assert.Equal(2, pages[early].TotalCount);
        Assert.True(pages[early].HasPreviousPage);
        Assert.Equal(["entry 6", "entry 7"], pages[late].Select(e => e.Title));
        Assert.Equal(3, pages[late].TotalCount);
    }

    [Fact]
    public async Task Without_totalCount_the_pages_have_no_count_and_parents_without_rows_get_empty_pages()
    {
        var (empty, some) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await _database.AddAsync([NewEntry(some, 0), NewEntry(some, 1)]);
        var paging = KeysetPaging<Entry>.Create(RepliesTo([empty, some]), new PagingArguments(First: 1, null, null, null));

        var pages = paging.ToPages(await paging.PerGroup(e => e.ThreadId).ToListAsync(), [empty, some]);

        Assert.Equal((0, false), (pages[empty].Count, pages[empty].HasNextPage));
        Assert.Equal((1, true), (pages[some].Count, pages[some].HasNextPage));
        Assert.Null(pages[empty].TotalCount);
        Assert.Null(pages[some].TotalCount);
    }

    private IQueryable<Entry> RepliesTo(IReadOnlyList<Guid> threadIds) =>
        _db.Entries.AsNoTracking().Where(e => e.SetId == _setId && threadIds.Contains(e.ThreadId)).OrderBy(e => e.CreatedAt).ThenByDescending(e => e.Rank);

    private Entry NewEntry(Guid threadId, int n) => new()
    {
        SetId = _setId,
        ThreadId = threadId,
        Title = $"entry {n}",
        Rank = n % 3 == 0 ? null : n,
        CreatedAt = DateTimeOffset.UnixEpoch.AddMinutes(n),
    };
}
