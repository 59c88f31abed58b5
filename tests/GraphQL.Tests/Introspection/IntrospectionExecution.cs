using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Introspection;

/// <summary>Runs documents through the request executor and compares their results as JSON.</summary>
internal static class IntrospectionExecution
{
    public static async Task<ExecutionResult> ExecuteAsync(Schema schema, string query, ExecutionOptions? options = null)
    {
        var result = await new RequestExecutor(schema, options).ExecuteAsync(new GraphQLRequest { Query = query });
        return Assert.IsType<ExecutionResult>(result);
    }

    /// <summary>The <c>data</c> of a result that has no errors.</summary>
    public static async Task<JsonElement> DataAsync(Schema schema, string query)
    {
        var result = await ExecuteAsync(schema, query);
        Assert.True(result.Errors.Count == 0, "Unexpected errors: " + result.ToJson());
        return JsonDocument.Parse(result.ToJson()).RootElement.GetProperty("data");
    }

    /// <summary>Asserts that <paramref name="actual"/> is the JSON <paramref name="expected"/> (whitespace aside).</summary>
    public static void AssertJson(string expected, JsonElement actual) =>
        Assert.Equal(Compact(JsonDocument.Parse(expected).RootElement), Compact(actual));

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
