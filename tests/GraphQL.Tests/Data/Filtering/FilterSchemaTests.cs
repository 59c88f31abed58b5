using GraphQL.Data;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Tests.Execution;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;
using static GraphQL.Tests.Data.LibraryTestSchema;

namespace GraphQL.Tests.Data.Filtering;

/// <summary>The filter input types: HotChocolate's names and shapes, only [Filterable] fields, made once per schema.</summary>
public sealed class FilterSchemaTests
{
    [Fact]
    public void TheFieldGetsAWhereArgumentOfTheElementsFilterInput()
    {
        Assert.Equal("BookFilterInput", LibrarySchema.Argument("Query", "books", "where").Type.Print());
        Assert.Equal("BookFilterInput", LibrarySchema.Argument("Query", "limitedBooks", "where").Type.Print());
        Assert.Equal("[Book!]!", LibrarySchema.FieldType("Query", "books"));
    }

    [Fact]
    public void TheElementsFilterInputHasAndOrAndOneFieldPerFilterableProperty()
    {
        Assert.Equal(
            """
            input BookFilterInput {
              and: [BookFilterInput!]
              or: [BookFilterInput!]
              id: IntOperationFilterInput
              title: StringOperationFilterInput
              subtitle: StringOperationFilterInput
              pages: IntOperationFilterInput
              isbn: LongOperationFilterInput
              rating: FloatOperationFilterInput
              price: DecimalOperationFilterInput
              published: DateTimeOperationFilterInput
              releaseDate: DateOperationFilterInput
              readingTime: LocalTimeOperationFilterInput
              inPrint: BooleanOperationFilterInput
              code: UuidOperationFilterInput
              genre: GenreOperationFilterInput
              author: AuthorFilterInput
              tags: ListStringOperationFilterInput
              reviews: ListFilterInputTypeOfReviewFilterInput
            }
            """,
            TypeSdl(LibrarySchema, "BookFilterInput"));
    }

    [Fact]
    public void OperationInputsHaveHotChocolatesOperations()
    {
        Assert.Equal(
            """
            input IntOperationFilterInput {
              eq: Int
              neq: Int
              in: [Int]
              nin: [Int]
              gt: Int
              ngt: Int
              gte: Int
              ngte: Int
              lt: Int
              nlt: Int
              lte: Int
              nlte: Int
            }
            """,
            TypeSdl(LibrarySchema, "IntOperationFilterInput"));
        Assert.Equal(
            """
            input StringOperationFilterInput {
              and: [StringOperationFilterInput!]
              or: [StringOperationFilterInput!]
              eq: String
              neq: String
              contains: String
              ncontains: String
              in: [String]
              nin: [String]
              startsWith: String
              nstartsWith: String
              endsWith: String
              nendsWith: String
              eqIgnoreCase: String
              neqIgnoreCase: String
              containsIgnoreCase: String
              ncontainsIgnoreCase: String
              startsWithIgnoreCase: String
              nstartsWithIgnoreCase: String
              endsWithIgnoreCase: String
              nendsWithIgnoreCase: String
            }
            """,
            TypeSdl(LibrarySchema, "StringOperationFilterInput"));
        Assert.Equal("input BooleanOperationFilterInput {\n  eq: Boolean\n  neq: Boolean\n}", TypeSdl(LibrarySchema, "BooleanOperationFilterInput"));
        Assert.Equal(
            "input GenreOperationFilterInput {\n  eq: Genre\n  neq: Genre\n  in: [Genre]\n  nin: [Genre]\n}",
            TypeSdl(LibrarySchema, "GenreOperationFilterInput"));
        foreach (var scalar in new[] { "Long", "Float", "Decimal", "DateTime", "Date", "LocalTime", "Uuid" })
        {
            var type = LibrarySchema.GetType<InputObjectType>(scalar + "OperationFilterInput");
            Assert.Equal(
                ["eq", "neq", "in", "nin", "gt", "ngt", "gte", "ngte", "lt", "nlt", "lte", "nlte"],
                type.Fields.Select(f => f.Name));
        }
    }

    [Fact]
    public void ListInputsHaveSomeAllNoneAndAny()
    {
        Assert.Equal(
            """
            input ListFilterInputTypeOfReviewFilterInput {
              all: ReviewFilterInput
              none: ReviewFilterInput
              some: ReviewFilterInput
              any: Boolean
            }
            """,
            TypeSdl(LibrarySchema, "ListFilterInputTypeOfReviewFilterInput"));
        Assert.Equal(
            "input ListStringOperationFilterInput {\n  all: StringOperationFilterInput\n  none: StringOperationFilterInput\n  some: StringOperationFilterInput\n  any: Boolean\n}",
            TypeSdl(LibrarySchema, "ListStringOperationFilterInput"));
    }

    [Fact]
    public void EachInputTypeIsMadeOnceAndSharedByEveryFieldThatFiltersItsType()
    {
        var books = LibrarySchema.Argument("Query", "books", "where").Type;
        var bookQuery = LibrarySchema.Argument("Query", "bookQuery", "where").Type;

        Assert.Same(books, bookQuery);
        var bookFilter = LibrarySchema.GetType<InputObjectType>("BookFilterInput");
        var authorFilter = LibrarySchema.GetType<InputObjectType>("AuthorFilterInput");
        Assert.Same(bookFilter.Fields["title"].Type, authorFilter.Fields["name"].Type);
        Assert.Same(LibrarySchema.Types["StringOperationFilterInput"], bookFilter.Fields["subtitle"].Type);
    }

    [Fact]
    public async Task APropertyNotMarkedFilterableIsAbsentFromTheSchemaAndRejectedInAQuery()
    {
        var introspection = await Executor.RunAsync("""{ __type(name: "BookFilterInput") { inputFields { name } } }""");
        var query = await Executor.RunAsync("""{ books(where: { internalNote: { eq: "first" } }) { id internalNote } }""");

        Assert.Empty(introspection.Errors);
        var json = introspection.ToJson();
        Assert.Contains("\"name\":\"title\"", json);
        Assert.DoesNotContain("internalNote", json);
        Assert.DoesNotContain("authorId", json);
        var error = SingleError(query);
        Assert.Equal(ValidationErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("internalNote", error.Message);
        Assert.Contains("BookFilterInput", error.Message);
    }

    [Fact]
    public void UseFilteringOnAFieldThatIsNotAListIsABuildError()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(SingleBookQueries)));

        Assert.Contains(errors, e => e.Contains("[UseFiltering]", StringComparison.Ordinal) &&
            e.Contains("does not return a list (IQueryable<T>, IEnumerable<T>…), so there is nothing to filter", StringComparison.Ordinal));
    }

    [Fact]
    public void AnElementTypeWithoutFilterablePropertiesIsABuildError()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(UnmarkedQueries)));

        Assert.Contains(errors, e => e.Contains("has no property marked [Filterable], so there is nothing to filter it by", StringComparison.Ordinal));
    }

    [Fact]
    public void InputTypesAreNamedAfterTheElementsGraphQLName()
    {
        var schema = BuildSchema(b => b.AddQueryType(typeof(RenamedQueries)));

        Assert.Equal("VolumeFilterInput", schema.Argument("Query", "volumes", "where").Type.Print());
        Assert.Equal("[VolumeSortInput!]", schema.Argument("Query", "volumes", "order").Type.Print());
    }

    [QueryType]
    public static class RenamedQueries
    {
        [UseFiltering]
        [UseSorting]
        public static IEnumerable<RenamedBook> GetVolumes() => [];
    }

    [GraphQLName("Volume")]
    public sealed record RenamedBook([property: Filterable, Sortable] string Title);

    [QueryType]
    public static class SingleBookQueries
    {
        [UseFiltering]
        public static Book GetBook() => LibraryData.Create()[0];
    }

    [QueryType]
    public static class UnmarkedQueries
    {
        [UseFiltering]
        public static IEnumerable<Unmarked> GetItems() => [];
    }

    public sealed record Unmarked(string Name);
}
