using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>The request pipeline: documents, operation selection, @skip/@include, the cache, the timeout and cancellation.</summary>
public sealed class RequestPipelineTests
{
    private const string Sdl = """
        type Query { a: Int b: Int nested: Nested slow: Int }
        type Nested { x: Int y: Int }
        """;

    private static SdlSchemaBuilder Schema() => SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "a", Returns(1))
        .BindResolver("Query", "b", Returns(2))
        .BindResolver("Query", "nested", Returns(new Dictionary<string, object?> { ["x"] = 10, ["y"] = 20 }))
        .BindResolver("Query", "slow", async context =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
            return 0;
        });

    private static readonly RequestExecutor Executor = Schema().Executor();

    [Fact]
    public async Task ResultsAreWrittenInSelectionOrder()
    {
        var json = await Executor.RunJsonAsync("{ b nested { y x } a second: a }");

        Assert.Equal(Json("{'data':{'b':2,'nested':{'y':20,'x':10},'a':1,'second':1}}"), json);
    }

    [Fact]
    public async Task FieldsMergeAcrossFragmentsInFirstSeenOrder()
    {
        var json = await Executor.RunJsonAsync("{ ...F nested { x } a } fragment F on Query { nested { y } b }");

        Assert.Equal(Json("{'data':{'nested':{'y':20,'x':10},'b':2,'a':1}}"), json);
    }

    [Fact]
    public async Task SyntaxErrorsGiveErrorsAndNoData()
    {
        var result = await Executor.RunAsync("{ a ");

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("Syntax Error:", error.Message);
        Assert.NotNull(error.Locations);
        Assert.DoesNotContain("\"data\"", result.ToJson());
    }

    [Theory]
    [InlineData(null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("C", "The document has no operation named \"C\".")]
    public async Task AnOperationThatCannotBeChosenIsARequestError(string? operationName, string message)
    {
        var result = await Executor.RunAsync("query A { a } query B { b }", operationName: operationName);

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal(ErrorCodes.OperationNotFound, error.Code);
    }

    [Theory]
    [InlineData("A", "{'a':1}")]
    [InlineData("B", "{'b':2}")]
    public async Task TheNamedOperationRuns(string operationName, string expected)
    {
        var result = await Executor.RunAsync("query A { a } query B { b }", operationName: operationName);

        Assert.Equal(Json(expected), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task AMutationOnASchemaWithoutMutationsIsARequestError()
    {
        var result = await Executor.RunAsync("mutation { a }");

        Assert.False(result.HasData);
        Assert.NotEmpty(result.Errors);
    }

    [Theory]
    [InlineData(true, false, "{'a':1,'nested':{'x':10}}")]
    [InlineData(false, false, "{'nested':{'x':10,'y':20}}")]
    [InlineData(true, true, "{'a':1,'b':2,'nested':{'x':10}}")]
    [InlineData(false, true, "{'b':2,'nested':{'x':10,'y':20}}")]
    public async Task SkipAndIncludeFollowTheVariablesOfEachRequest(bool withA, bool withB, string expected)
    {
        const string query = """
            query($withA: Boolean!, $withB: Boolean!) {
              a @include(if: $withA)
              ... @include(if: $withB) { b }
              ...B @skip(if: true)
              nested { x y @skip(if: $withA) }
            }
            fragment B on Query { b }
            """;

        var result = await Executor.RunAsync(query, $"{{ \"withA\": {(withA ? "true" : "false")}, \"withB\": {(withB ? "true" : "false")} }}");

        Assert.Empty(result.Errors);
        Assert.Equal(Json(expected), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task AFieldIsIncludedWhenAnyOfItsConditionalSelectionsIs()
    {
        const string query = "query($x: Boolean!, $y: Boolean!) { a @include(if: $x) a @include(if: $y) ...F @include(if: $x) ...F @include(if: $y) } fragment F on Query { b }";

        Assert.Equal(Json("{'a':1,'b':2}"), JsonValueWriter.ToJson((await Executor.RunAsync(query, "{ \"x\": false, \"y\": true }")).Data));
        Assert.Equal(Json("{}"), JsonValueWriter.ToJson((await Executor.RunAsync(query, "{ \"x\": false, \"y\": false }")).Data));
    }

    [Fact]
    public async Task DocumentsAreParsedOnceAndCanBeRunByTheirId()
    {
        var executor = Schema().Executor();
        const string query = "query Both { a b }";

        await executor.RunAsync(query);
        Assert.True(executor.Documents.TryGet(DocumentHash.Compute(query), out var first));
        await executor.RunAsync(query);
        Assert.True(executor.Documents.TryGet(DocumentHash.Compute(query), out var second));
        var byId = await executor.ExecuteAsync(new GraphQLRequest { DocumentId = DocumentHash.Compute(query) });

        Assert.Same(first, second);
        Assert.Same(first.GetOperation(executor.Schema, null), second.GetOperation(executor.Schema, null));
        Assert.Equal(1, executor.Documents.Count);
        Assert.Equal(Json("{'data':{'a':1,'b':2}}"), Assert.IsType<ExecutionResult>(byId).ToJson());
    }

    [Fact]
    public async Task AnUnknownDocumentIdIsARequestError()
    {
        var result = Assert.IsType<ExecutionResult>(await Executor.ExecuteAsync(new GraphQLRequest { DocumentId = "abc" }));

        var error = Assert.Single(result.Errors);
        Assert.Equal("The request has no query and no document with id \"abc\" is known.", error.Message);
        Assert.Equal(ErrorCodes.DocumentNotFound, error.Code);
    }

    [Fact]
    public async Task TheCacheDropsTheLeastRecentlyUsedDocument()
    {
        var executor = Schema().Executor(new ExecutionOptions { DocumentCacheSize = 2 });

        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ b }");
        await executor.RunAsync("{ a }");
        await executor.RunAsync("{ a b }");

        Assert.Equal(2, executor.Documents.Count);
        Assert.True(executor.Documents.TryGet(DocumentHash.Compute("{ a }"), out _));
        Assert.False(executor.Documents.TryGet(DocumentHash.Compute("{ b }"), out _));
    }

    [Fact]
    public void DocumentHashesAreTheSha256OfTheText() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentHash.Compute("abc"));

    [Fact]
    public async Task ARequestThatRunsTooLongTimesOutAndCancelsItsResolvers()
    {
        var cancelled = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = SchemaBuilder.FromSdl("type Query { slow: Int }")
            .BindResolver("Query", "slow", async context =>
            {
                context.RequestAborted.Register(() => cancelled.TrySetResult(true));
                await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
                return 0;
            })
            .Executor(new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await executor.RunAsync("{ slow }");

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors);
        Assert.Equal("The request did not finish within the execution timeout of 00:00:00.1000000.", error.Message);
        Assert.Equal(ErrorCodes.Timeout, error.Code);
        Assert.True(await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task CancellingTheRequestThrows()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Executor.RunAsync("{ a slow }", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task TheRootValueAndContextDataReachResolvers()
    {
        var executor = SchemaBuilder.FromSdl("type Query { greeting: String }")
            .BindResolver("Query", "greeting", context => new ValueTask<object?>($"{context.ContextData["greeting"]}, {context.Parent<string>()}"))
            .Executor();

        var result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "{ greeting }",
            RootValue = "world",
            ContextData = new Dictionary<string, object?> { ["greeting"] = "Hello" },
        });

        Assert.Equal("Hello, world", Assert.IsType<ExecutionResult>(result).Data!["greeting"]);
    }
}
