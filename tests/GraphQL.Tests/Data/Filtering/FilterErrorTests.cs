using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Tests.Execution;
using static GraphQL.Tests.Data.LibraryTestSchema;

namespace GraphQL.Tests.Data.Filtering;

/// <summary>Bad filters get errors that name the argument, the field and the place in the value; the limits hold.</summary>
public sealed class FilterErrorTests
{
    [Theory]
    [InlineData("{ title: { in: [] } }", "where.title.in: the list is empty; give at least one value")]
    [InlineData("{ pages: { nin: [] } }", "where.pages.nin: the list is empty; give at least one value")]
    [InlineData("{ title: { contains: null } }", "where.title.contains: the operation needs a value, not null")]
    [InlineData("{ pages: { gt: null } }", "where.pages.gt: the operation needs a value, not null")]
    [InlineData("{ title: { startsWithIgnoreCase: null } }", "where.title.startsWithIgnoreCase: the operation needs a value, not null")]
    [InlineData("{ or: [{ author: { name: { in: [] } } }] }", "where.or[0].author.name.in: the list is empty; give at least one value")]
    [InlineData("{ reviews: { some: { reviewer: { in: [] } } } }", "where.reviews.some.reviewer.in: the list is empty; give at least one value")]
    public async Task AnUnusableOperationValueIsAClearError(string where, string problem)
    {
        var result = await Executor.RunAsync($"{{ books(where: {where}) {{ id }} }}");

        var error = SingleError(result);
        Assert.Equal($"The argument \"where\" of field \"Query.books\" is invalid at {problem}.", error.Message);
        Assert.Equal(DataErrorCodes.InvalidFilter, error.Code);
        // books is non-null, so its error nulls the data.
        Assert.Null(result.Data);
    }

    [Theory]
    [InlineData("{ title: { some: { eq: \"x\" } } }", "some")]
    [InlineData("{ internalNote: { eq: \"first\" } }", "internalNote")]
    [InlineData("{ title: { gt: \"A\" } }", "gt")]
    [InlineData("{ genre: { contains: \"SCI\" } }", "contains")]
    public async Task AnOperationOrFieldTheTypeDoesNotHaveFailsValidation(string where, string name)
    {
        var result = await Executor.RunAsync($"{{ books(where: {where}) {{ id }} }}");

        var error = SingleError(result);
        Assert.Equal(ValidationErrorCodes.ValidationFailed, error.Code);
        Assert.Contains($"\"{name}\"", error.Message);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task AFilterNestedDeeperThanTheFieldsLimitIsRejected()
    {
        // limitedBooks allows 2 levels: where (1) and one nested object (2); or's items are a third level.
        var allowed = await Executor.RunAsync("{ limitedBooks(where: { author: { name: { eq: \"Jane Austen\" } } }) { id } }");
        var tooDeep = await Executor.RunAsync("{ limitedBooks(where: { or: [{ author: { name: { eq: \"Jane Austen\" } } }] }) { id } }");

        Assert.Equal([2], Ids(allowed, "limitedBooks"));
        var error = SingleError(tooDeep);
        Assert.Equal(
            "The argument \"where\" of field \"Query.limitedBooks\" is invalid at where.or[0].author: the filter nests deeper than the limit of 2 levels.",
            error.Message);
        Assert.Equal(DataErrorCodes.FilterTooDeep, error.Code);
    }

    [Fact]
    public async Task AFilterWithMoreOperationsThanTheFieldsLimitIsRejected()
    {
        var allowed = await Executor.RunAsync("{ limitedBooks(where: { pages: { gt: 1, lt: 1000, neq: 320 } }) { id } }");
        // Operations count in the order of the input types' fields: title.neq, then pages' neq, gt and lt.
        var tooMany = await Executor.RunAsync("{ limitedBooks(where: { pages: { gt: 1, lt: 1000, neq: 320 }, title: { neq: \"x\" } }) { id } }");

        Assert.Equal([1, 4], Ids(allowed, "limitedBooks").Order());
        var error = SingleError(tooMany);
        Assert.Equal(
            "The argument \"where\" of field \"Query.limitedBooks\" is invalid at where.pages.lt: the filter has more than the limit of 3 operations.",
            error.Message);
        Assert.Equal(DataErrorCodes.FilterTooManyConditions, error.Code);
    }

    [Fact]
    public async Task TheDefaultLimitsApplyWhereNoneAreSet()
    {
        var nineLevels = Nest(8);
        var conditions = string.Join(", ", Enumerable.Range(0, 51).Select(i => $"{{ id: {{ neq: {i + 100} }} }}"));

        var deep = await Executor.RunAsync($"{{ books(where: {Nest(7)}) {{ id }} }}");
        var tooDeep = await Executor.RunAsync($"{{ books(where: {nineLevels}) {{ id }} }}");
        var tooMany = await Executor.RunAsync($"{{ books(where: {{ and: [{conditions}] }}) {{ id }} }}");

        Assert.Equal([1, 2, 3, 4], Ids(deep));
        Assert.Equal(DataErrorCodes.FilterTooDeep, SingleError(tooDeep).Code);
        Assert.Contains("the limit of 8 levels", SingleError(tooDeep).Message);
        Assert.Equal(DataErrorCodes.FilterTooManyConditions, SingleError(tooMany).Code);
        Assert.Contains("the limit of 50 operations", SingleError(tooMany).Message);
    }

    [Fact]
    public async Task TheSchemasOptionsSetTheLimitsOfFieldsThatSetNone()
    {
        var executor = new RequestExecutor(SchemaBuilder.New()
            .AddQueryType(typeof(InMemoryLibraryQueries))
            .ModifyFilteringOptions(o => o.MaxConditions = 1)
            .Build());

        var books = await executor.RunAsync("{ books(where: { id: { gt: 1, lt: 4 } }) { id } }");
        var limitedBooks = await executor.RunAsync("{ limitedBooks(where: { id: { gt: 1, lt: 4 } }) { id } }");

        Assert.Equal(
            "The argument \"where\" of field \"Query.books\" is invalid at where.id.lt: the filter has more than the limit of 1 operations.",
            SingleError(books).Message);
        Assert.Equal([2, 3], Ids(limitedBooks, "limitedBooks"));
    }

    /// <summary><paramref name="levels"/> levels of <c>and</c> below the where value, around one condition.</summary>
    private static string Nest(int levels) =>
        Enumerable.Range(0, levels).Aggregate("{ id: { gt: 0 } }", (inner, _) => $"{{ and: [{inner}] }}");
}
