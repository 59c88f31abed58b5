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
}
