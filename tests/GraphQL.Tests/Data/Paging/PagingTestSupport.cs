using System.Text.Json;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;

namespace GraphQL.Tests.Data.Paging;

/// <summary>Runs paging queries against <see cref="PagingQueries"/> over one <see cref="ItemStore"/>.</summary>
internal sealed class PagingRunner(ItemStore store)
{
    public static readonly Schema Schema = SchemaBuilder.New().AddQueryType(typeof(PagingQueries)).Build();

    private static readonly RequestExecutor Executor = new(Schema);

    public async Task<ExecutionResult> RunAsync(string query, object? variables = null)
    {
        var result = await Executor.RunAsyncWith(query, variables, new TestServices(store));
        return result;
    }

    /// <summary>Runs a query that must succeed and returns the field's connection.</summary>
    public async Task<JsonElement> ConnectionAsync(string field, string arguments, string selection = "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }")
    {
        var result = await RunAsync($"{{ {field}{(arguments.Length > 0 ? $"({arguments})" : "")} {{ {selection} }} }}");
        Assert.Empty(result.Errors);
        return JsonDocument.Parse(JsonValueWriter.ToJson(result.Data)).RootElement.GetProperty(field);
    }

    /// <summary>Walks the whole connection forwards (first/after) or backwards (last/before), calling <paramref name="betweenPages"/> after each page.</summary>
    public async Task<List<int>> WalkAsync(string field, bool forwards, int pageSize, Action? betweenPages = null)
    {
        var visited = new List<int>();
        string? cursor = null;
        for (var page = 0; page < 1000; page++)
        {
            var arguments = forwards
                ? $"first: {pageSize}{(cursor is null ? "" : $", after: \"{cursor}\"")}"
                : $"last: {pageSize}{(cursor is null ? "" : $", before: \"{cursor}\"")}";
            var connection = await ConnectionAsync(field, arguments);
            var ids = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetInt32()).ToList();
            Assert.True(ids.Count <= pageSize);
            var pageInfo = connection.GetProperty("pageInfo");
            if (forwards)
            {
                visited.AddRange(ids);
            }
            else
            {
                visited.InsertRange(0, ids);
            }
            betweenPages?.Invoke();
            if (!pageInfo.GetProperty(forwards ? "hasNextPage" : "hasPreviousPage").GetBoolean())
            {
                return visited;
            }
            Assert.NotEmpty(ids);
            cursor = pageInfo.GetProperty(forwards ? "endCursor" : "startCursor").GetString();
        }
        throw new InvalidOperationException("The walk does not end.");
    }
}

internal static class PagingExecutorExtensions
{
    public static async Task<ExecutionResult> RunAsyncWith(this RequestExecutor executor, string query, object? variables, IServiceProvider services)
    {
        var request = new GraphQLRequest
        {
            Query = query,
            Variables = variables is null ? null : JsonInput.ParseObject(JsonSerializer.Serialize(variables)),
            Services = services,
        };
        return Assert.IsType<ExecutionResult>(await executor.ExecuteAsync(request));
    }
}
