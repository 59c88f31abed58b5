using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Data.Sorting;

/// <summary>[UsePaging] [UseFiltering] [UseSorting] on one field: paging pages the filtered, sorted elements.</summary>
public sealed class PagingCompositionTests
{
    private static readonly RequestExecutor Executor = new(SchemaBuilder.New().AddQueryType(typeof(PagedLibraryQueries)).Build());

    [Theory]
    [InlineData("pagedBooks")]
    [InlineData("pagedBookQuery")]
    public async Task PagesWalkTheFilteredElementsInTheSortedOrder(string field)
    {
        var query = "query($after: String) { " + field +
            "(first: 2, after: $after, where: { genre: { eq: SCI_FI } }, order: [{ rating: ASC }]) { nodes { id } pageInfo { hasNextPage endCursor } } }";

        var first = await PageAsync(query, field, after: null);
        var second = await PageAsync(query, field, first.GetProperty("pageInfo").GetProperty("endCursor").GetString());

        Assert.Equal([4, 3], NodeIds(first));
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal([1], NodeIds(second));
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private static async Task<JsonElement> PageAsync(string query, string field, string? after)
    {
        var variables = after is null ? null : JsonSerializer.Serialize(new { after });
        var result = await Executor.RunAsync(query, variables);
        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        return json.RootElement.GetProperty("data").GetProperty(field).Clone();
    }

    private static int[] NodeIds(JsonElement page) =>
        [.. page.GetProperty("nodes").EnumerateArray().Select(e => e.GetProperty("id").GetInt32())];

    [QueryType]
    public static class PagedLibraryQueries
    {
        [UsePaging]
        [UseFiltering]
        [UseSorting]
        public static IEnumerable<Book> GetPagedBooks() => LibraryData.Create();

        [UsePaging]
        [UseFiltering]
        [UseSorting]
        public static IQueryable<Book> GetPagedBookQuery() => LibraryData.Create().AsQueryable();
    }
}
