using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary>Shortcuts for running documents in tests: variables as JSON text, results as JSON text.</summary>
internal static class ExecutionTestExtensions
{
    public static RequestExecutor Executor(this SdlSchemaBuilder builder, ExecutionOptions? options = null) =>
        new(builder.Build(), options);

    public static async Task<ExecutionResult> RunAsync(
        this RequestExecutor executor,
        string query,
        string? variablesJson = null,
        string? operationName = null,
        object? rootValue = null,
        IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            OperationName = operationName,
            Variables = variablesJson is null ? null : JsonInput.ParseObject(variablesJson),
            RootValue = rootValue,
            Services = services,
        };
        return Assert.IsType<ExecutionResult>(await executor.ExecuteAsync(request, cancellationToken));
    }

    public static async Task<string> RunJsonAsync(this RequestExecutor executor, string query, string? variablesJson = null, object? rootValue = null) =>
        (await executor.RunAsync(query, variablesJson, rootValue: rootValue)).ToJson();

    /// <summary>JSON text written with single quotes for readability in assertions.</summary>
    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');

    public static FieldResolver Returns(object? value) => _ => new ValueTask<object?>(value);
}
