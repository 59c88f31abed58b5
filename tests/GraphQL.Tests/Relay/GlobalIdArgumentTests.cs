using GraphQL.Execution;
using GraphQL.Relay;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Relay;

/// <summary>[ID] arguments and input fields with global object identification on: global ids in, raw ids to resolvers.</summary>
public sealed class GlobalIdArgumentTests
{
    private static readonly Guid Ada = RelayData.PersonId(1);
    private static readonly Guid Bob = RelayData.PersonId(2);
    private readonly RequestExecutor _executor = new(RelayData.BuildSchema());

    [Fact]
    public async Task ATypedIdArgumentHandsTheResolverTheRawId()
    {
        var result = await _executor.RunAsync($$"""{ personIdOf(id: "{{GlobalId.Format("Person", Ada)}}") }""");

        Assert.Equal(Json($"{{'data':{{'personIdOf':'{Ada}'}}}}"), result.ToJson());
    }

    [Fact]
    public async Task AVariableIsReadTheSameWay()
    {
        var result = await _executor.RunAsync(
            "query($id: ID!) { personIdOf(id: $id) }", Json($"{{'id':'{GlobalId.Format("Person", Ada)}'}}"));

        Assert.Equal(Json($"{{'data':{{'personIdOf':'{Ada}'}}}}"), result.ToJson());
    }

    [Fact]
    public async Task AnIdOfAnotherTypeIsRefusedWithHotChocolatesMessage()
    {
        var bookId = GlobalId.Format("Book", 7);

        var result = await _executor.RunAsync($$"""{ personIdOf(id: "{{bookId}}") }""");

        var error = Assert.Single(result.Errors);
        Assert.Equal(
            $"Argument \"id\" of field \"Query.personIdOf\" has an invalid value \"{bookId}\": The node id type name `Book` does not match the expected type name `Person`.",
            error.Message);
        Assert.Equal("HC0016", error.Code);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task AMalformedIdIsRefusedWithHotChocolatesMessage()
    {
        var result = await _executor.RunAsync("query($id: ID!) { personIdOf(id: $id) }", Json("{'id':'abc'}"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("Argument \"id\" of field \"Query.personIdOf\" has an invalid value \"abc\": The node ID string has an invalid format.", error.Message);
        Assert.Equal("HC0016", error.Code);
    }

    [Fact]
    public async Task AnUntypedIdArgumentTakesTheIdOfAnyType()
    {
        var result = await _executor.RunAsync($$"""
            { a: anyIdOf(id: "{{GlobalId.Format("Book", "b-1")}}") b: anyIdOf(id: "{{GlobalId.Format("Person", "p-1")}}") }
            """);

        Assert.Equal(Json("{'data':{'a':'b-1','b':'p-1'}}"), result.ToJson());
    }

    [Fact]
    public async Task ListsAreReadItemByItemAndAFailingItemIsNamedByItsIndex()
    {
        var ids = $"\"{GlobalId.Format("Person", Ada)}\", \"{GlobalId.Format("Person", Bob)}\"";

        var read = await _executor.RunAsync($"{{ peopleIdsOf(ids: [{ids}]) }}");
        var refused = await _executor.RunAsync($"{{ peopleIdsOf(ids: [{ids}, \"{GlobalId.Format("Book", 1)}\"]) }}");

        Assert.Equal(Json($"{{'data':{{'peopleIdsOf':'{Ada},{Bob}'}}}}"), read.ToJson());
        Assert.StartsWith("Argument \"ids\" of field \"Query.peopleIdsOf\" has an invalid value", Assert.Single(refused.Errors).Message);
        Assert.Contains(" at \"ids[2]\": The node id type name `Book` does not match the expected type name `Person`.", refused.Errors[0].Message);
    }

    [Fact]
    public async Task InputObjectFieldsReadGlobalIdsFromLiteralsAndVariables()
    {
        var book = GlobalId.Format("Book", 7);
        var person = GlobalId.Format("Person", Ada);

        var literal = await _executor.RunAsync($$"""{ lend(input: { bookId: "{{book}}", readers: ["{{person}}"] }) }""");
        var variable = await _executor.RunAsync(
            "query($input: LendInput!) { lend(input: $input) }", Json($"{{'input':{{'bookId':'{book}','readers':['{person}']}}}}"));
        var refused = await _executor.RunAsync(
            "query($input: LendInput!) { lend(input: $input) }", Json($"{{'input':{{'bookId':'{person}','readers':[]}}}}"));

        Assert.Equal(Json($"{{'data':{{'lend':'7:{Ada}'}}}}"), literal.ToJson());
        Assert.Equal(Json($"{{'data':{{'lend':'7:{Ada}'}}}}"), variable.ToJson());
        var error = Assert.Single(refused.Errors);
        Assert.Contains("The node id type name `Person` does not match the expected type name `Book`.", error.Message);
        Assert.Contains("input.bookId", error.Message);
        Assert.Equal("HC0016", error.Code);
    }
}
