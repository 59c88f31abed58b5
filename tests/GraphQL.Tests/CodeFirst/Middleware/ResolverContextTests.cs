using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.CodeFirst.CodeFirstTestExtensions;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.CodeFirst.Middleware;

/// <summary>What resolvers and their middleware get from the context: cleanup after the value is complete, and the selection below them.</summary>
public sealed class ResolverContextTests
{
    private static readonly RequestExecutor Cleanup = new(BuildSchema(b => b.AddQueryType(typeof(CleanupQueries))));

    private static readonly RequestExecutor Selection = new(BuildSchema(b => b.AddQueryType(typeof(SelectionQueries)).AddType<Poster>()));

    [Fact]
    public async Task ResourcesAreDisposedOnlyAfterTheReturnedListWasRead()
    {
        var resource = new Resource();

        var result = await Cleanup.RunAsync("{ lines }", services: new TestServices(new Resources(resource)));

        Assert.Empty(result.Errors);
        Assert.Equal(Json("{'lines':['line 1','line 2']}"), JsonValueWriter.ToJson(result.Data));
        Assert.Equal(1, resource.DisposeCount);
    }

    [Fact]
    public async Task ResourcesOfAnAsyncResolverAreDisposedAfterItsMiddlewareFinished()
    {
        Resource first = new(), second = new();

        var result = await Cleanup.RunAsync("{ wrapped }", services: new TestServices(new Resources(first, second)));

        Assert.Empty(result.Errors);
        Assert.Equal(Json("{'wrapped':'wrapped(line 1+line 2)'}"), JsonValueWriter.ToJson(result.Data));
        Assert.Equal(1, first.DisposeCount);
        Assert.Equal(1, second.DisposeCount);
    }

    [Fact]
    public async Task ResourcesAreDisposedWhenTheResolverFails()
    {
        var resource = new Resource();

        var result = await Cleanup.RunAsync("{ failing }", services: new TestServices(new Resources(resource)));

        Assert.Single(result.Errors);
        Assert.Equal(1, resource.DisposeCount);
    }

    [Fact]
    public async Task ResourcesAreDisposedWhenASiblingsNullReplacedTheParentMeanwhile()
    {
        var resource = new Resource();

        var result = await Cleanup.RunAsync("{ holder { slowLines boom } }", services: new TestServices(new Resources(resource)));

        Assert.Equal(Json("{'holder':null}"), JsonValueWriter.ToJson(result.Data));
        Assert.Equal(1, resource.DisposeCount);
    }

    [Fact]
    public async Task AFailedAsynchronousDisposalIsAnErrorOfTheFieldAndTheRequestWaitsForIt()
    {
        var resource = new Resource(failAsynchronously: true);

        var result = await new RequestExecutor(Cleanup.Schema, new ExecutionOptions { IncludeExceptionDetails = true })
            .RunAsync("{ lines }", services: new TestServices(new Resources(resource)));

        Assert.Equal(Json("{'lines':['line 1','line 2']}"), JsonValueWriter.ToJson(result.Data));
        var error = Assert.Single(result.Errors);
        Assert.Equal("disposal failed", error.Extensions!["message"]);
        Assert.Equal("lines", Assert.Single(error.Path!.ToList()));
    }

    [Fact]
    public async Task IsSelectedSeesFieldsInFragmentsAndHonoursSkip()
    {
        const string query = """
            query($skip: Boolean!) { shelf { totalSelected selected ...Total @skip(if: $skip) } }
            fragment Total on Shelf { total }
            """;

        var skipped = await Selection.RunAsync(query, """{ "skip": true }""");
        var included = await Selection.RunAsync(query, """{ "skip": false }""");

        Assert.Equal(Json("{'shelf':{'totalSelected':false,'selected':'totalSelected,selected'}}"), JsonValueWriter.ToJson(skipped.Data));
        Assert.Equal(Json("{'shelf':{'totalSelected':true,'selected':'totalSelected,selected,total','total':3}}"), JsonValueWriter.ToJson(included.Data));
    }

    [Fact]
    public async Task SelectedFieldsLeadToTheirOwnSelections()
    {
        var result = await Selection.RunAsync("{ shelf { b: books { title } bookFields } }");

        Assert.Equal(Json("{'shelf':{'b':[{'title':'Dune'}],'bookFields':'title'}}"), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task IsSelectedLooksAtEveryPossibleTypeOfAnAbstractFieldAndIsFalseForLeaves()
    {
        var result = await Selection.RunAsync("{ item { ... on Poster { label } } leaf }");

        Assert.Equal(Json("{'item':{'label':'label selected'},'leaf':'no'}"), JsonValueWriter.ToJson(result.Data));
    }
}
