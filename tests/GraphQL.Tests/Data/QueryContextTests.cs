using System.Collections.Concurrent;
using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Data;

/// <summary>
/// <c>[UseFiltering(typeof(Row))]</c> / <c>[UseSorting(typeof(Row))]</c> with a resolver that pages by itself: the
/// translated <c>where</c> and <c>order</c> reach it as <see cref="QueryContext{T}"/>, its <see cref="Page{T}"/>
/// passes through, the row type names the inputs without becoming an output type, and equal arguments make equal contexts.
/// </summary>
public sealed class QueryContextTests
{
    private static readonly ConcurrentDictionary<string, QueryContext<ShelfRow>> Seen = new();

    private static readonly RequestExecutor Executor = new(SchemaBuilder.New().AddQueryType(typeof(ShelfQueries)).Build());

    [Fact]
    public async Task The_resolver_applies_the_filter_and_order_it_receives()
    {
        var shelf = await RunAsync("""{ shelf(label: "apply", first: 10, where: { rating: { gte: 2 } }, order: [{ rating: DESC }]) { nodes { title } } }""");

        Assert.Equal(["d", "b", "c"], Titles(shelf));
    }

    [Fact]
    public async Task Without_where_and_order_the_resolver_gets_the_empty_context_and_its_default_order()
    {
        var shelf = await RunAsync("""{ shelf(label: "empty", first: 10) { nodes { title } } }""");

        Assert.Equal(["a", "b", "c", "d"], Titles(shelf));
        Assert.Same(QueryContext<ShelfRow>.Empty, Seen["empty"]);
        Assert.False(Seen["empty"].IsSorted);
        Assert.Null(Seen["empty"].Predicate);
    }

    [Fact]
    public async Task Equal_arguments_make_equal_contexts_and_different_ones_do_not()
    {
        await RunAsync("""
            {
              one: shelf(label: "one", where: { rating: { gt: 1 }, title: { eq: "b" } }, order: [{ rating: ASC }]) { nodes { title } }
              two: shelf(label: "two", where: { title: { eq: "b" }, rating: { gt: 1 } }, order: [{ rating: ASC }]) { nodes { title } }
              three: shelf(label: "three", where: { rating: { gt: 2 }, title: { eq: "b" } }, order: [{ rating: ASC }]) { nodes { title } }
              four: shelf(label: "four", where: { rating: { gt: 1 }, title: { eq: "b" } }, order: [{ rating: DESC }]) { nodes { title } }
            }
            """);

        Assert.Equal(Seen["one"], Seen["two"]);
        Assert.Equal(Seen["one"].GetHashCode(), Seen["two"].GetHashCode());
        Assert.NotEqual(Seen["one"], Seen["three"]);
        Assert.NotEqual(Seen["one"], Seen["four"]);
    }

    [Fact]
    public async Task The_row_names_the_inputs_without_becoming_an_output_type()
    {
        var result = await Executor.RunAsync("""
            { filter: __type(name: "ShelfRowFilterInput") { inputFields { name } }
              sort: __type(name: "ShelfRowSortInput") { inputFields { name } }
              row: __type(name: "ShelfRow") { name } }
            """);

        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        var data = json.RootElement.GetProperty("data");
        Assert.Equal(["and", "or", "title", "rating"], data.GetProperty("filter").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["rating"], data.GetProperty("sort").GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(JsonValueKind.Null, data.GetProperty("row").ValueKind);
    }

    [Fact]
    public async Task Filter_errors_are_raised_before_the_resolver_runs()
    {
        var result = await Executor.RunAsync("""{ shelf(label: "error", where: { title: { in: [] } }) { nodes { title } } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("FILTER_INVALID_OPERATION", error.Code);
        Assert.False(Seen.ContainsKey("error"));
    }

    private static async Task<JsonElement> RunAsync(string query)
    {
        var result = await Executor.RunAsync(query);
        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        return json.RootElement.GetProperty("data").Clone();
    }

    private static List<string> Titles(JsonElement data) =>
        [.. data.GetProperty("shelf").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("title").GetString()!)];

    /// <summary>The row the filter and order are made from; never a GraphQL output type.</summary>
    public sealed class ShelfRow
    {
        public int Id { get; init; }

        [Filterable]
        public string Title { get; init; } = "";

        [Filterable]
        [Sortable]
        public int Rating { get; init; }
    }

    /// <summary>What the list shows.</summary>
    public sealed class ShelfItem
    {
        public string Title { get; init; } = "";
    }

    [QueryType]
    public static class ShelfQueries
    {
        private static readonly ShelfRow[] Rows =
        [
            new() { Id = 1, Title = "a", Rating = 1 },
            new() { Id = 2, Title = "b", Rating = 2 },
            new() { Id = 3, Title = "c", Rating = 2 },
            new() { Id = 4, Title = "d", Rating = 3 },
        ];

        [UsePaging]
        [UseFiltering(typeof(ShelfRow))]
        [UseSorting(typeof(ShelfRow))]
        public static Page<ShelfItem> GetShelf(string label, PagingArguments paging, QueryContext<ShelfRow> query)
        {
            Seen[label] = query;
            var keyset = KeysetPaging<ShelfRow>.Create(query.Apply(Rows.AsQueryable(), rows => rows.OrderBy(row => row.Id)), paging);
            var page = keyset.ToPage([.. keyset.Query]);
            var cursors = page.Items.ToDictionary(row => row.Title, page.CreateCursor);
            return new Page<ShelfItem>(
                [.. page.Items.Select(row => new ShelfItem { Title = row.Title })], page.HasNextPage, page.HasPreviousPage, item => cursors[item.Title]);
        }
    }
}
