using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Relay;

/// <summary>node(id:) and nodes(ids:) over code-first node types: fetching, batching, missing objects, errors, the cap.</summary>
public sealed class NodeFieldTests
{
    private readonly PersonBatches _batches = new();

    [Fact]
    public async Task NodeFetchesAnObjectByItsGlobalIdAndTheIdFieldReturnsIt()
    {
        var personId = GlobalId.Format("Person", RelayData.PersonId(1));
        var bookId = GlobalId.Format("Book", 12);

        var result = await RunAsync($$"""
            {
              person: node(id: "{{personId}}") { __typename id ... on Person { name favoriteBookId friendIds } }
              book: node(id: "{{bookId}}") { __typename id ... on Book { title shelf } }
            }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json($"{{'data':{{'person':{{'__typename':'Person','id':'{personId}','name':'person 0000','favoriteBookId':'{GlobalId.Format("Book", 7)}','friendIds':['{personId}']}},"
                + $"'book':{{'__typename':'Book','id':'{bookId}','title':'book 12','shelf':'shelf 0'}}}}}}"),
            result.ToJson());
    }

    [Fact]
    public async Task NodesWithTwentyIdsOfOneTypeLoadInOneBatch()
    {
        var ids = Enumerable.Range(1, 20).Select(n => RelayData.PersonId(n)).ToList();
        var literal = string.Join(", ", ids.Select(id => $"\"{GlobalId.Format("Person", id)}\""));

        var result = await RunAsync($"{{ nodes(ids: [{literal}]) {{ ... on Person {{ name }} }} }}");

        Assert.Empty(result.Errors);
        var batch = Assert.Single(_batches.All);
        Assert.Equal(ids.Order(), batch.Order());
        Assert.Equal(20, result.ToJson().Split("\"name\":\"person ").Length - 1);
    }

    [Fact]
    public async Task AMissingObjectIsNullWithoutAnError()
    {
        var missingPerson = GlobalId.Format("Person", RelayData.PersonId(2, exists: false));
        var missingBook = GlobalId.Format("Book", 404);

        var result = await RunAsync($$"""
            { a: node(id: "{{missingPerson}}") { id } b: node(id: "{{missingBook}}") { id } c: nodes(ids: ["{{missingPerson}}", "{{missingBook}}"]) { id } }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(Json("{'data':{'a':null,'b':null,'c':[null,null]}}"), result.ToJson());
    }

    [Fact]
    public async Task AnIdOfATypeWithoutNodeResolverIsNullWithHotChocolatesError()
    {
        var queryId = GlobalId.Format("Query", "x");

        var result = await RunAsync($$"""{ node(id: "{{queryId}}") { id } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("There is no node resolver registered for type `Query`.", error.Message);
        Assert.Equal("HC0016", error.Code);
        Assert.Equal(["node"], error.Path!.ToList());
        Assert.Equal(Json("{'node':null}"), JsonValueWriter.ToJson(result.Data));
    }

    [Theory]
    [InlineData("not an id")]
    [InlineData("UGVyc29uOmFiYw==")] // "Person:abc": not a Guid
    public async Task AMalformedIdIsNullWithHotChocolatesError(string id)
    {
        var result = await RunAsync($$"""{ node(id: "{{id}}") { id } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("The node ID string has an invalid format.", error.Message);
        Assert.Equal("HC0016", error.Code);
        Assert.Equal(Json("{'node':null}"), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task NodesReportsEachIdThatCannotBeResolvedAtItsIndex()
    {
        var person = GlobalId.Format("Person", RelayData.PersonId(3));

        var result = await RunAsync($$"""{ nodes(ids: ["{{person}}", "bad", "{{GlobalId.Format("Unknown", 1)}}"]) { id } }""");

        Assert.Equal(2, result.Errors.Count);
        Assert.Equal(["nodes", 1], result.Errors[0].Path!.ToList());
        Assert.Equal("The node ID string has an invalid format.", result.Errors[0].Message);
        Assert.Equal(["nodes", 2], result.Errors[1].Path!.ToList());
        Assert.Equal("There is no node resolver registered for type `Unknown`.", result.Errors[1].Message);
        Assert.Equal(Json($"{{'nodes':[{{'id':'{person}'}},null,null]}}"), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task ANodeResolverThatFailsAffectsOnlyItsOwnEntryWithAMaskedError()
    {
        var result = await RunAsync($$"""{ nodes(ids: ["{{GlobalId.Format("Book", 500)}}", "{{GlobalId.Format("Book", 1)}}"]) { id } }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal("HC0008", error.Code);
        Assert.Equal(["nodes", 0], error.Path!.ToList());
        Assert.DoesNotContain("shelf", result.ToJson());
        Assert.Equal(Json($"{{'nodes':[null,{{'id':'{GlobalId.Format("Book", 1)}'}}]}}"), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task NodesRefusesMoreIdsThanTheDefaultMaximumOfFifty()
    {
        var fifty = string.Join(", ", Enumerable.Range(1, 50).Select(n => $"\"{GlobalId.Format("Book", n)}\""));

        var allowed = await RunAsync($"{{ nodes(ids: [{fifty}]) {{ id }} }}");
        var refused = await RunAsync($"{{ nodes(ids: [{fifty}, \"{GlobalId.Format("Book", 51)}\"]) {{ id }} }}");

        Assert.Empty(allowed.Errors);
        var error = Assert.Single(refused.Errors);
        Assert.Equal(
            "The maximum number of nodes that can be fetched at once is 50. This selection tried to fetch 51 nodes that exceeded the maximum allowed amount.",
            error.Message);
        Assert.Equal("HC0076", error.Code);
        Assert.Null(refused.Data);
    }

    [Fact]
    public async Task TheMaximumIsASetting()
    {
        var executor = new RequestExecutor(RelayData.BuildSchema(new GlobalObjectIdentificationOptions { MaxAllowedNodeBatchSize = 2 }));
        string Ids(int count) => string.Join(", ", Enumerable.Range(1, count).Select(n => $"\"{GlobalId.Format("Book", n)}\""));

        var allowed = await executor.RunAsync($"{{ nodes(ids: [{Ids(2)}]) {{ id }} }}");
        var refused = await executor.RunAsync($"{{ nodes(ids: [{Ids(3)}]) {{ id }} }}");

        Assert.Empty(allowed.Errors);
        Assert.Equal("HC0076", Assert.Single(refused.Errors).Code);
        Assert.Contains("at once is 2. This selection tried to fetch 3 nodes", refused.Errors[0].Message);
    }

    [Fact]
    public void TheSchemaHasTheNodeInterfaceAndFields()
    {
        var sdl = SchemaPrinter.Print(RelayData.BuildSchema());

        Assert.Contains("interface Node {", sdl);
        Assert.Contains("type Person implements Node {", sdl);
        Assert.Contains("type Book implements Node {", sdl);
        Assert.Contains("node(\n    \"A global id.\"\n    id: ID!\n  ): Node", sdl);
        Assert.Contains("nodes(\n    \"Global ids.\"\n    ids: [ID!]!\n  ): [Node]!", sdl);
        var schema = RelayData.BuildSchema();
        Assert.Equal("ID!", schema.FieldType("Person", "id"));
        Assert.Equal("ID!", schema.FieldType("Book", "id"));
        Assert.Equal("ID!", schema.FieldType("Node", "id"));
        Assert.Equal(["id", "title", "shelf"], schema.FieldNames("Book"));
    }

    private Task<ExecutionResult> RunAsync(string query) =>
        // Off xunit's synchronization context, which would post DataLoader continuations and split batches.
        Task.Run(() => new RequestExecutor(RelayData.BuildSchema()).RunAsync(query, services: new TestServices(_batches)));
}
