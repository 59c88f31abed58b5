using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary><see cref="RequestExecutor.GetOperationType"/>: what a transport asks before it lets a request run.</summary>
public sealed class OperationTypeTests
{
    private static RequestExecutor NewExecutor() => SchemaBuilder.FromSdl("""
            type Query { a: Int }
            type Mutation { b: Int }
            type Subscription { c: Int }
            """)
        .BindResolver("Query", "a", Returns(1))
        .Executor();

    [Theory]
    [InlineData("{ a }", null, OperationType.Query)]
    [InlineData("mutation { b }", null, OperationType.Mutation)]
    [InlineData("subscription { c }", null, OperationType.Subscription)]
    [InlineData("query Q { a } mutation M { b }", "M", OperationType.Mutation)]
    [InlineData("query Q { a } mutation M { b }", "Q", OperationType.Query)]
    [InlineData("# mutation\n{ a }", null, OperationType.Query)]
    public void Tells_the_kind_of_the_selected_operation(string query, string? operationName, OperationType expected)
    {
        var kind = NewExecutor().GetOperationType(new GraphQLRequest { Query = query, OperationName = operationName });

        Assert.Equal(expected, kind);
    }

    [Theory]
    [InlineData("mutation {", null)]
    [InlineData("mutation { unknown }", null)]
    [InlineData("query Q { a } mutation M { b }", null)]
    [InlineData("mutation M { b }", "N")]
    public void Is_null_when_execution_would_refuse_the_request(string query, string? operationName)
    {
        Assert.Null(NewExecutor().GetOperationType(new GraphQLRequest { Query = query, OperationName = operationName }));
    }

    [Fact]
    public async Task Shares_the_parsed_and_validated_document_with_execution()
    {
        var executor = NewExecutor();
        const string query = "{ a }";

        executor.GetOperationType(new GraphQLRequest { Query = query });
        Assert.True(executor.Documents.TryGet(DocumentHash.Compute(query), out var cached));
        await executor.RunAsync(query);

        Assert.True(executor.Documents.TryGet(DocumentHash.Compute(query), out var afterExecution));
        Assert.Same(cached, afterExecution);
        Assert.Equal(1, executor.Documents.Count);
    }

    [Fact]
    public async Task Execution_uses_the_document_the_request_was_looked_up_with_without_looking_it_up_again()
    {
        var executor = SchemaBuilder.FromSdl("type Query { a: Int }")
            .BindResolver("Query", "a", Returns(1))
            .Executor(new ExecutionOptions { DocumentCacheSize = 1 });
        var request = new GraphQLRequest { Query = "{ a }" };
        Assert.Equal(OperationType.Query, executor.GetOperationType(request));
        // Another document pushes "{ a }" out of the one-entry cache.
        await executor.RunAsync("{ other: a }");

        var result = (ExecutionResult)await executor.ExecuteAsync(request);

        Assert.Equal(Json("{'data':{'a':1}}"), result.ToJson());
        // A second lookup would have parsed "{ a }" again and cached it in place of "{ other: a }".
        Assert.False(executor.Documents.TryGet(DocumentHash.Compute("{ a }"), out _));
        Assert.True(executor.Documents.TryGet(DocumentHash.Compute("{ other: a }"), out _));
    }

    [Fact]
    public async Task Execution_reports_the_syntax_error_the_lookup_found()
    {
        var executor = NewExecutor();
        var request = new GraphQLRequest { Query = "mutation {" };
        Assert.Null(executor.GetOperationType(request));

        var result = (ExecutionResult)await executor.ExecuteAsync(request);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.Message);
        Assert.Null(result.Data);
    }

    [Fact]
    public async Task A_request_looked_up_by_one_executor_is_looked_up_again_by_another()
    {
        var request = new GraphQLRequest { Query = "{ a }" };
        Assert.Equal(OperationType.Query, NewExecutor().GetOperationType(request));
        var other = SchemaBuilder.FromSdl("type Query { b: Int }").Executor();

        var result = (ExecutionResult)await other.ExecuteAsync(request);

        Assert.Equal("GRAPHQL_VALIDATION_FAILED", Assert.Single(result.Errors).Extensions!["code"]);
    }
}
