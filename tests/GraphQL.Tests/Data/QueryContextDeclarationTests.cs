using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.Execution;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.Data;

/// <summary>
/// No list silently ignores <c>where</c> or <c>order</c>: a resolver that reads its own page must take the
/// <see cref="QueryContext{T}"/> of exactly the attributes' row type, a <see cref="QueryContext{T}"/> (or
/// <see cref="PagingArguments"/>) no attribute provides is a build error, and a page the declared result type did not
/// announce is refused at run time when the arguments ask for something.
/// </summary>
public sealed class QueryContextDeclarationTests
{
    private static readonly RequestExecutor Executor = new(
        SchemaBuilder.New().AddQueryType(typeof(ValidDeclarationQueries)).Build(), new ExecutionOptions { IncludeExceptionDetails = true });

    [Fact]
    public void A_page_resolver_without_the_query_context_is_a_build_error()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(PageWithoutQueryContextQueries)));

        Assert.Equal(
            [
                "The method 'PageWithoutQueryContextQueries.GetFiltered' has [UseFiltering], which cannot apply: the field 'Query.filtered' " +
                "returns Page<LedgerEntry>, a page its resolver reads itself, so \"where\" reaches the LedgerRow rows only through a " +
                "QueryContext<LedgerRow> parameter, and it has no such parameter; add a QueryContext<LedgerRow> parameter and read the rows " +
                "with its Apply(rows, defaultOrder), or the list would ignore \"where\".",
                "The method 'PageWithoutQueryContextQueries.GetSortedAsync' has [UseSorting], which cannot apply: the field 'Query.sorted' " +
                "returns Page<LedgerEntry>, a page its resolver reads itself, so \"order\" reaches the LedgerRow rows only through a " +
                "QueryContext<LedgerRow> parameter, and it has no such parameter; add a QueryContext<LedgerRow> parameter and read the rows " +
                "with its Apply(rows, defaultOrder), or the list would ignore \"order\".",
                "The method 'PageWithoutQueryContextQueries.GetOwnElements' has [UseFiltering], which cannot apply: the field 'Query.ownElements' " +
                "returns Page<LedgerEntry>, a page its resolver reads itself, so \"where\" reaches the LedgerEntry rows only through a " +
                "QueryContext<LedgerEntry> parameter, and it has no such parameter; add a QueryContext<LedgerEntry> parameter and read the rows " +
                "with its Apply(rows, defaultOrder), or the list would ignore \"where\".",
            ],
            errors);
    }

    [Fact]
    public void A_query_context_of_another_row_type_is_a_build_error_that_names_it()
    {
        var error = Assert.Single(BuildErrors(b => b.AddQueryType(typeof(WrongRowQueries))));

        Assert.Equal(
            "The method 'WrongRowQueries.GetEntries' has [UseFiltering], which cannot apply: the field 'Query.entries' returns " +
            "Page<LedgerEntry>, a page its resolver reads itself, so \"where\" reaches the LedgerRow rows only through a " +
            "QueryContext<LedgerRow> parameter, and its parameter 'query' is a QueryContext<OtherRow>, for other rows; add a " +
            "QueryContext<LedgerRow> parameter and read the rows with its Apply(rows, defaultOrder), or the list would ignore \"where\".",
            error);
    }

    [Fact]
    public void A_row_type_on_a_member_that_does_not_return_a_page_is_a_build_error()
    {
        var error = Assert.Single(BuildErrors(b => b.AddQueryType(typeof(RowTypeWithoutPageQueries))));

        Assert.Equal(
            "The method 'RowTypeWithoutPageQueries.GetEntries' has [UseFiltering], which cannot apply: it applies \"where\" to LedgerRow " +
            "rows, not to the elements of the field 'Query.entries', which only a resolver that reads its own page can do, but the member " +
            "returns IQueryable<LedgerEntry>; return Page<T> and take a QueryContext<LedgerRow> parameter, or drop the type argument " +
            "to apply \"where\" to the elements.",
            error);
    }

    [Fact]
    public void A_query_context_no_attribute_provides_is_a_build_error()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(QueryContextWithoutAttributeQueries)));

        Assert.Equal(
            [
                "The parameter 'query' of method 'QueryContextWithoutAttributeQueries.GetEntries' takes a QueryContext<LedgerRow>, which " +
                "only field middleware provides, and no middleware attribute of the field 'Query.entries' does, so it would always be " +
                "missing; add [UseFiltering(typeof(LedgerRow))] or [UseSorting(typeof(LedgerRow))] to the method, or remove the parameter.",
                "The parameter 'query' of method 'QueryContextWithoutAttributeQueries.GetOtherRows' takes a QueryContext<OtherRow>, which " +
                "only field middleware provides, and no middleware attribute of the field 'Query.otherRows' does, so it would always be " +
                "missing; add [UseFiltering(typeof(OtherRow))] or [UseSorting(typeof(OtherRow))] to the method, or remove the parameter.",
            ],
            errors);
    }

    [Fact]
    public void Paging_arguments_without_paging_are_a_build_error()
    {
        var error = Assert.Single(BuildErrors(b => b.AddQueryType(typeof(PagingArgumentsWithoutPagingQueries))));

        Assert.Equal(
            "The parameter 'paging' of method 'PagingArgumentsWithoutPagingQueries.GetEntries' takes a PagingArguments, which only " +
            "field middleware provides, and no middleware attribute of the field 'Query.entries' does, so it would always be missing; " +
            "add [UsePaging] to the method, or remove the parameter.",
            error);
    }

    [Fact]
    public async Task A_page_resolver_with_its_query_context_applies_where_and_order()
    {
        var data = await RunAsync("{ ownPage(where: { amount: { gte: 10 } }, order: [{ amount: DESC }]) { nodes { id } } }");

        Assert.Equal([2, 3], Ids(data.GetProperty("ownPage")));
    }

    [Fact]
    public async Task The_element_type_named_as_the_row_filters_and_sorts_what_the_member_returns()
    {
        var data = await RunAsync("{ namedElements(where: { amount: { lt: 20 } }, order: [{ amount: ASC }]) { id } }");

        Assert.Equal([1, 3], Ids(data.GetProperty("namedElements")));
    }

    [Fact]
    public async Task A_page_the_declared_result_did_not_announce_passes_only_without_where_and_order()
    {
        var data = await RunAsync("{ undeclaredPage { nodes { id } } }");

        Assert.Equal([1, 2, 3], Ids(data.GetProperty("undeclaredPage")));
    }

    [Theory]
    [InlineData("where: { amount: { gte: 10 } }", "where")]
    [InlineData("order: [{ amount: DESC }]", "order")]
    public async Task A_page_the_declared_result_did_not_announce_is_refused_when_arguments_ask_for_something(string arguments, string argumentName)
    {
        var result = await Executor.RunAsync($"{{ undeclaredPage({arguments}) {{ nodes {{ id }} }} }}");

        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.UnexpectedError, error.Code);
        Assert.Equal(
            $"The resolver of Query.undeclaredPage returned a page it read itself, but it takes no QueryContext<LedgerEntry>, so the page " +
            $"ignores \"{argumentName}\"; declare the member's result as Page<T> and take a QueryContext<LedgerEntry> parameter.",
            error.Extensions!["message"]);
    }

    private static async Task<JsonElement> RunAsync(string query)
    {
        var result = await Executor.RunAsync(query);
        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        return json.RootElement.GetProperty("data").Clone();
    }

    private static List<int> Ids(JsonElement list) =>
        [.. (list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("nodes")).EnumerateArray().Select(n => n.GetProperty("id").GetInt32())];
}
