using GraphQL.Execution;
using GraphQL.Tests.Execution;
using static GraphQL.Tests.Data.LibraryTestSchema;

namespace GraphQL.Tests.Data.Filtering;

/// <summary>Every filter operation, and/or, nested objects and lists, over in-memory sequences.</summary>
public sealed class FilterOperationTests
{
    [Theory]
    [MemberData(nameof(FilterCases.All), MemberType = typeof(FilterCases))]
    public async Task EachFilterMatchesExactlyItsBooks(string where, int[] expected)
    {
        var result = await Executor.RunAsync($"{{ books(where: {where}) {{ id }} }}");

        Assert.Equal(expected, Ids(result).Order());
    }

    [Theory]
    [MemberData(nameof(FilterCases.All), MemberType = typeof(FilterCases))]
    public async Task AnIQueryableResultIsFilteredTheSameWay(string where, int[] expected)
    {
        var result = await Executor.RunAsync($"{{ bookQuery(where: {where}) {{ id }} }}");

        Assert.Equal(expected, Ids(result, "bookQuery").Order());
    }

    [Fact]
    public async Task AFilterGivenAsAVariableIsApplied()
    {
        var result = await Executor.RunAsync(
            "query($where: BookFilterInput) { books(where: $where) { id } }",
            """{ "where": { "or": [{ "title": { "eq": "Emma" } }, { "pages": { "eq": null } }], "genre": { "neq": null } } }""");

        Assert.Equal([2, 3], Ids(result).Order());
    }

    [Fact]
    public async Task WithoutWhereOrWithANullWhereEveryElementIsReturned()
    {
        var withoutWhere = await Executor.RunAsync("{ books { id } }");
        var withNullWhere = await Executor.RunAsync("{ books(where: null) { id } }");

        Assert.Equal([1, 2, 3, 4], Ids(withoutWhere));
        Assert.Equal([1, 2, 3, 4], Ids(withNullWhere));
    }

    [Fact]
    public async Task ATaskOfAnArrayIsFiltered()
    {
        var result = await Executor.RunAsync("{ limitedBooks(where: { title: { startsWith: \"D\" } }) { id } }");

        Assert.Equal([1], Ids(result, "limitedBooks"));
    }

    [Fact]
    public async Task ANullResultStaysNull()
    {
        var result = await Executor.RunAsync("{ noBooks(where: { id: { eq: 1 } }) { id } }");

        Assert.Empty(result.Errors);
        Assert.Equal("""{"data":{"noBooks":null}}""", result.ToJson());
    }
}
