using GraphQL.Data;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;

namespace GraphQL.Tests.Data.Paging;

/// <summary>The shape [UsePaging] gives fields, HotChocolate's, and the build errors it reports.</summary>
public sealed class PagingSchemaTests
{
    private static readonly Schema Schema = PagingRunner.Schema;

    [Fact]
    public void AConnectionFieldIsNamedAfterTheFieldAndTakesTheFourPagingArguments()
    {
        Assert.Equal("ItemsConnection!", Schema.FieldType("Query", "items"));
        Assert.Equal(
            ["first: Int", "after: String", "last: Int", "before: String"],
            Schema.Field("Query", "items").Arguments.Select(a => $"{a.Name}: {a.Type.Print()}"));
        Assert.Equal(
            ["pageInfo: PageInfo!", "edges: [ItemsEdge!]", "nodes: [Item!]", "totalCount: Int!"],
            Fields("ItemsConnection"));
        Assert.Equal(["cursor: String!", "node: Item!"], Fields("ItemsEdge"));
        Assert.Equal(
            ["hasNextPage: Boolean!", "hasPreviousPage: Boolean!", "startCursor: String", "endCursor: String"],
            Fields("PageInfo"));
    }

    [Fact]
    public void ConnectionNameOverridesTheNameAndPageInfoIsShared()
    {
        Assert.Equal("ItemConnection!", Schema.FieldType("Query", "recent"));
        Assert.Equal("ItemEdge", Schema.FieldType("ItemConnection", "edges").Trim('[', ']', '!'));
        Assert.Same(Schema.Field("ItemConnection", "pageInfo").Type.NamedType(), Schema.Field("WordsConnection", "pageInfo").Type.NamedType());
    }

    [Fact]
    public void ListsOfScalarsAndPagesResolversMadeThemselvesAreConnectionsOfTheirElements()
    {
        Assert.Equal("[String!]", Schema.FieldType("WordsConnection", "nodes"));
        Assert.Equal("String!", Schema.FieldType("WordsEdge", "node"));
        Assert.Equal("ManualConnection!", Schema.FieldType("Query", "manual"));
        Assert.Equal("[Item!]", Schema.FieldType("ManualConnection", "nodes"));
        // PagingArguments is injected, never an argument.
        Assert.Equal(["first", "after", "last", "before"], Schema.Field("Query", "manual").Arguments.Select(a => a.Name));
    }

    [Fact]
    public void IncludeTotalCountFalseLeavesTotalCountOut()
    {
        Assert.DoesNotContain("totalCount", Schema.FieldNames("SmallConnection"));
        Assert.DoesNotContain("totalCount", SchemaBuilder.New().AddQueryType(typeof(PagingQueries))
            .ModifyPagingOptions(o => o.IncludeTotalCount = false).Build().FieldNames("ItemsConnection"));
    }

    [Fact]
    public void MembersPagingCannotApplyToAreBuildErrors()
    {
        var errors = BuildErrors(b => b.AddQueryType(typeof(BrokenPagingQueries)));

        Assert.Equal(
            [
                "The method 'BrokenPagingQueries.GetNotAList' has [UsePaging], which cannot apply: [UsePaging] needs a member that returns IQueryable<T>, IEnumerable<T>, a list or Page<T>, not Int32.",
                "The method 'BrokenPagingQueries.GetUnkeyed' has [UsePaging], which cannot apply: keyset paging orders by the id last, but 'Unkeyed' has no 'Id' property; mark its key with [Key].",
                "The method 'BrokenPagingQueries.GetClash' has [UsePaging], which cannot apply: the member has a parameter that is the argument \"first\" paging adds; rename it.",
                "The method 'BrokenPagingQueries.GetItems' has [UsePaging], which cannot apply: the connection type 'ItemConnection' already exists for another field with a different node type or totalCount choice; give this field another ConnectionName.",
                "The method 'BrokenPagingQueries.GetTooLargeDefault' has [UsePaging], which cannot apply: the page sizes must satisfy 0 <= DefaultPageSize <= MaxPageSize and MaxPageSize >= 1, but DefaultPageSize is 60 and MaxPageSize 50.",
            ],
            errors);
    }

    private static string[] Fields(string typeName) =>
        [.. Schema.GetType<ObjectType>(typeName).Fields.Select(f => $"{f.Name}: {f.Type.Print()}")];
}
