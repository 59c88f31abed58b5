using GraphQL.AspNetCore.Http;
using GraphQL.Language;

namespace GraphQL.AspNetCore.Tests;

public sealed class OperationKindPrecheckTests
{
    [Theory]
    [InlineData("{ hello }", null, OperationType.Query)]
    [InlineData("query { mutation: hello }", null, OperationType.Query)]
    [InlineData("mutation { increment }", null, OperationType.Mutation)]
    [InlineData("subscription { ticks }", null, OperationType.Subscription)]
    [InlineData("query Q { hello } mutation M { increment }", "Q", OperationType.Query)]
    [InlineData("query Q { hello } mutation M { increment }", "M", OperationType.Mutation)]
    [InlineData("fragment F on Mutation { increment } mutation { ...F }", null, OperationType.Mutation)]
    public void Finds_the_kind_of_the_selected_operation(string query, string? operationName, OperationType expected)
    {
        Assert.Equal(expected, OperationKindPrecheck.KindOf(query, operationName, parserOptions: null));
    }

    [Theory]
    [InlineData("mutation {", null)]
    [InlineData("query Q { hello } mutation M { increment }", null)]
    [InlineData("mutation M { increment }", "N")]
    public void Leaves_documents_without_a_selectable_operation_to_the_executor(string query, string? operationName)
    {
        Assert.Null(OperationKindPrecheck.KindOf(query, operationName, parserOptions: null));
    }
}
