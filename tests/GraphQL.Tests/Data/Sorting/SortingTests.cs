using GraphQL.Data;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Tests.Execution;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;
using static GraphQL.Tests.Data.LibraryTestSchema;

namespace GraphQL.Tests.Data.Sorting;

/// <summary>[UseSorting] over in-memory sequences: the schema shape, ASC/DESC, several keys, nested objects, errors.</summary>
public sealed class SortingTests
{
    [Fact]
    public void TheFieldGetsAnOrderArgumentOfTheElementsSortInput()
    {
        Assert.Equal("[BookSortInput!]", LibrarySchema.Argument("Query", "books", "order").Type.Print());
        Assert.Same(LibrarySchema.Argument("Query", "books", "order").Type.NamedType(), LibrarySchema.Argument("Query", "bookQuery", "order").Type.NamedType());
        Assert.Equal(
            """
            input BookSortInput {
              id: SortEnumType
              title: SortEnumType
              pages: SortEnumType
              rating: SortEnumType
              published: SortEnumType
              inPrint: SortEnumType
              genre: SortEnumType
              author: AuthorSortInput
            }
            """,
            TypeSdl(LibrarySchema, "BookSortInput"));
        Assert.Equal("input AuthorSortInput {\n  id: SortEnumType\n  name: SortEnumType\n  born: SortEnumType\n}", TypeSdl(LibrarySchema, "AuthorSortInput"));
        Assert.Equal("enum SortEnumType {\n  ASC\n  DESC\n}", TypeSdl(LibrarySchema, "SortEnumType"));
    }

    [Theory]
    [InlineData("[{ id: ASC }]", new[] { 1, 2, 3, 4 })]
    [InlineData("[{ id: DESC }]", new[] { 4, 3, 2, 1 })]
    [InlineData("[{ rating: ASC }]", new[] { 2, 4, 3, 1 })]
    [InlineData("[{ published: DESC }]", new[] { 3, 4, 1, 2 })]
    [InlineData("[{ genre: ASC }, { rating: DESC }]", new[] { 1, 3, 4, 2 })]
    [InlineData("[{ inPrint: DESC }, { rating: DESC }]", new[] { 1, 2, 3, 4 })]
    [InlineData("[{ inPrint: ASC }, { id: DESC }]", new[] { 4, 3, 2, 1 })]
    [InlineData("[]", new[] { 1, 2, 3, 4 })]
    [InlineData("[{ }]", new[] { 1, 2, 3, 4 })]
    public async Task ItemsApplyInListOrder(string order, int[] expected)
    {
        Assert.Equal(expected, Ids(await Executor.RunAsync($"{{ books(order: {order}) {{ id }} }}")));
        Assert.Equal(expected, Ids(await Executor.RunAsync($"{{ bookQuery(order: {order}) {{ id }} }}"), "bookQuery"));
    }

    [Theory]
    [InlineData("[{ author: { born: ASC } }, { id: DESC }]", new[] { 3, 2, 4, 1 })]
    [InlineData("[{ author: { name: DESC } }, { title: ASC }]", new[] { 2, 1, 4, 3 })]
    public async Task NestedKeysSortInMemoryWithAMissingObjectAsTheSmallestKey(string order, int[] expected)
    {
        // books returns an IEnumerable: sorted by LINQ to objects with null-safe keys (book 3 has no author).
        Assert.Equal(expected, Ids(await Executor.RunAsync($"{{ books(order: {order}) {{ id }} }}")));
    }

    [Fact]
    public async Task SortingAndFilteringCombine()
    {
        var result = await Executor.RunAsync("{ books(where: { genre: { eq: SCI_FI } }, order: [{ pages: DESC }]) { id } }");

        // In memory, a missing value sorts as the smallest: last when descending.
        Assert.Equal([1, 4, 3], Ids(result));
    }

    [Fact]
    public async Task AnItemWithTwoFieldsIsAClearError()
    {
        var result = await Executor.RunAsync("{ books(order: [{ id: ASC }, { title: ASC, rating: DESC }]) { id } }");

        var error = SingleError(result);
        Assert.Equal(
            "The argument \"order\" of field \"Query.books\" is invalid at order[1]: it sets 2 fields (title, rating); give one field per item, in the order the keys apply.",
            error.Message);
        Assert.Equal(DataErrorCodes.InvalidSort, error.Code);
    }

    [Fact]
    public async Task APropertyNotMarkedSortableIsAbsentFromTheSchemaAndRejectedInAQuery()
    {
        var introspection = await Executor.RunAsync("""{ __type(name: "BookSortInput") { inputFields { name } } }""");
        var query = await Executor.RunAsync("{ books(order: [{ subtitle: ASC }]) { id } }");

        Assert.Contains("\"name\":\"title\"", introspection.ToJson());
        Assert.DoesNotContain("subtitle", introspection.ToJson());
        Assert.DoesNotContain("internalNote", introspection.ToJson());
        var error = SingleError(query);
        Assert.Equal(ValidationErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("subtitle", error.Message);
    }

    [Fact]
    public async Task AnUnknownDirectionFailsValidation()
    {
        var result = await Executor.RunAsync("{ books(order: [{ title: UP }]) { id } }");

        Assert.Equal(ValidationErrorCodes.ValidationFailed, SingleError(result).Code);
    }

    [Fact]
    public void ListPropertiesCannotBeSortable()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(ListSortQueries)));

        Assert.Contains(errors, e => e.Contains("[UseSorting]", StringComparison.Ordinal) &&
            e.Contains("the [Sortable] property 'Shelf.Books' is a list, which has no order to sort by", StringComparison.Ordinal));
    }

    [QueryType]
    public static class ListSortQueries
    {
        [UseSorting]
        public static IEnumerable<Shelf> GetShelves() => [];
    }

    public sealed class Shelf
    {
        [Sortable]
        public List<Book> Books { get; set; } = [];
    }
}
