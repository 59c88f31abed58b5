using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.Data;
using GraphQL.Types;

namespace GraphApi.Data.Tests.Querying;

/// <summary>
/// [UseFiltering] and [UseSorting] over EF Core and real PostgreSQL: every filter case gives the same books as in
/// memory, and the conditions and orders run in SQL (the captured commands carry WHERE and ORDER BY).
/// </summary>
public sealed partial class FilteringAndSortingSqlTests(LibraryDatabase database) : IClassFixture<LibraryDatabase>
{
    private static readonly RequestExecutor Executor =
        new(SchemaBuilder.New().AddQueryType(typeof(SqlLibraryQueries)).Build());

    [Theory]
    [MemberData(nameof(FilterCases.All), MemberType = typeof(FilterCases))]
    public async Task EachFilterRunsInSqlAndMatchesExactlyItsBooks(string where, int[] expected)
    {
        var (ids, sql) = await RunAsync($"{{ books(where: {where}) {{ id }} }}");

        Assert.Equal(expected, ids.Order());
        var select = Assert.Single(sql);
        if (expected.Length < LibraryData.Create().Length)
        {
            Assert.Contains("WHERE", select);
        }
    }

    [Theory]
    [InlineData("{ title: { eq: \"Dune\" } }", "\"Title\" = @")]
    [InlineData("{ title: { in: [\"Dune\", \"Emma\"] } }", "\"Title\" = ANY (@")]
    [InlineData("{ title: { startsWith: \"D\" } }", "\"Title\" LIKE ")]
    [InlineData("{ title: { containsIgnoreCase: \"DUNE\" } }", "lower(\"Title\")")]
    [InlineData("{ pages: { gte: 300 } }", "\"Pages\" >= @")]
    [InlineData("{ author: { name: { eq: \"Jane Austen\" } } }", "LEFT JOIN query_test_authors")]
    [InlineData("{ reviews: { some: { stars: { gte: 4 } } } }", "EXISTS (")]
    public async Task OperationsBecomeSqlConditionsWithParameters(string where, string expectedSql)
    {
        var (_, sql) = await RunAsync($"{{ books(where: {where}) {{ id }} }}");

        Assert.Contains(expectedSql, Assert.Single(sql));
        Assert.DoesNotContain("'Dune'", sql[0]);
    }

    [Theory]
    [InlineData("[{ id: DESC }]", new[] { 4, 3, 2, 1 }, "ORDER BY \"Id\" DESC")]
    [InlineData("[{ rating: ASC }]", new[] { 2, 4, 3, 1 }, "ORDER BY \"Rating\"")]
    [InlineData("[{ published: DESC }]", new[] { 3, 4, 1, 2 }, "ORDER BY \"Published\" DESC")]
    [InlineData("[{ genre: ASC }, { rating: DESC }]", new[] { 1, 3, 4, 2 }, "ORDER BY \"Genre\", \"Rating\" DESC")]
    [InlineData("[{ inPrint: DESC }, { rating: DESC }]", new[] { 1, 2, 3, 4 }, "ORDER BY \"InPrint\" DESC, \"Rating\" DESC")]
    [InlineData("[{ inPrint: ASC }, { id: DESC }]", new[] { 4, 3, 2, 1 }, "ORDER BY \"InPrint\", \"Id\" DESC")]
    // PostgreSQL sorts NULL as the largest value: the book without author is first descending.
    [InlineData("[{ author: { name: DESC } }, { id: ASC }]", new[] { 3, 2, 1, 4 }, "LEFT JOIN query_test_authors")]
    public async Task SortingRunsInSqlInListOrder(string order, int[] expected, string expectedSql)
    {
        var (ids, sql) = await RunAsync($"{{ books(order: {order}) {{ id }} }}");

        Assert.Equal(expected, ids);
        Assert.Contains(expectedSql, Assert.Single(sql));
    }

    [Fact]
    public async Task FilteringAndSortingTogetherMakeOneStatement()
    {
        var (ids, sql) = await RunAsync("{ books(where: { genre: { eq: SCI_FI }, pages: { neq: null } }, order: [{ pages: DESC }]) { id } }");

        Assert.Equal([1, 4], ids);
        var select = Assert.Single(sql);
        Assert.Contains("WHERE", select);
        Assert.Contains("ORDER BY \"Pages\" DESC", select);
    }

    [Fact]
    public async Task PagingReadsTheSortedOrderAndPagesTheFilteredRowsInSql()
    {
        const string Page = "bookPages(first: 2{0}, where: {{ genre: {{ eq: SCI_FI }} }}, order: [{{ inPrint: ASC }}, {{ rating: DESC }}]) {{ nodes {{ id }} pageInfo {{ hasNextPage endCursor }} }}";

        var (first, firstSql) = await RunPageAsync("{ " + string.Format(null, Page, "") + " }");
        var (second, secondSql) = await RunPageAsync("{ " + string.Format(null, Page, $", after: \"{first.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\"") + " }");

        Assert.Equal([3, 4], NodeIds(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([1], NodeIds(second));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        foreach (var sql in firstSql.Concat(secondSql))
        {
            Assert.Contains("WHERE", sql);
            Assert.Contains("ORDER BY \"InPrint\", \"Rating\" DESC, \"Id\"", sql);
        }
    }

    private async Task<(JsonElement Page, IReadOnlyList<string> Sql)> RunPageAsync(string query)
    {
        var log = new SqlLog();
        await using var context = database.CreateContext(log);
        var result = await ExecuteAsync(query, context);
        using var json = JsonDocument.Parse(result.ToJson());
        var page = json.RootElement.GetProperty("data").GetProperty("bookPages").Clone();
        return (page, [.. log.Commands.Select(sql => TableAlias().Replace(sql, ""))]);
    }

    private static int[] NodeIds(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("id").GetInt32())];

    private static async Task<ExecutionResult> ExecuteAsync(string query, LibraryDbContext context)
    {
        var result = Assert.IsType<ExecutionResult>(await Executor.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            Services = new SingleServiceProvider(context),
        }));
        Assert.Empty(result.Errors);
        return result;
    }

    private async Task<(int[] Ids, IReadOnlyList<string> Sql)> RunAsync(string query)
    {
        var log = new SqlLog();
        await using var context = database.CreateContext(log);
        var result = await ExecuteAsync(query, context);
        using var json = JsonDocument.Parse(result.ToJson());
        var ids = json.RootElement.GetProperty("data").GetProperty("books").EnumerateArray().Select(e => e.GetProperty("id").GetInt32());
        // Table aliases (q."Title") are EF's choice; the assertions read columns without them.
        return ([.. ids], [.. log.Commands.Select(sql => TableAlias().Replace(sql, ""))]);
    }

    [GeneratedRegex(@"\b[a-z]\d*\.(?="")")]
    private static partial Regex TableAlias();

    private sealed class SingleServiceProvider(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}

[QueryType]
public static class SqlLibraryQueries
{
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Book> GetBooks([Service] LibraryDbContext db) => db.Books;

    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Book> GetBookPages([Service] LibraryDbContext db) => db.Books;
}
