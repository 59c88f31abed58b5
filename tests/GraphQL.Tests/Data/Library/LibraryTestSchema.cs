using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.Printing;

namespace GraphQL.Tests.Data;

/// <summary>In-memory library fields with filtering and sorting, and helpers to read their schema and results.</summary>
[QueryType]
public static class InMemoryLibraryQueries
{
    [UseFiltering]
    [UseSorting]
    public static IEnumerable<Book> GetBooks() => LibraryData.Create();

    /// <summary>A second field over the same element type: it shares the input types.</summary>
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Book> GetBookQuery() => LibraryData.Create().AsQueryable();

    [UseFiltering(MaxDepth = 2, MaxConditions = 3)]
    public static Task<Book[]> GetLimitedBooksAsync() => Task.FromResult(LibraryData.Create());

    [UseFiltering]
    public static Book[]? GetNoBooks() => null;
}

internal static partial class LibraryTestSchema
{
    public static readonly Schema LibrarySchema = SchemaBuilder.New().AddQueryType(typeof(InMemoryLibraryQueries)).Build();

    public static readonly RequestExecutor Executor = new(LibrarySchema);

    /// <summary>The SDL of one type of the schema, without descriptions.</summary>
    public static string TypeSdl(Schema schema, string name)
    {
        var sdl = SchemaPrinter.Print(schema, new SchemaPrinterOptions { IncludeDescriptions = false });
        return TypeBlock().Matches(sdl).Select(m => m.Value).Single(block => block.Split(' ', 3)[1] == name);
    }

    /// <summary>The ids of <paramref name="field"/>'s elements, in result order.</summary>
    public static int[] Ids(ExecutionResult result, string field = "books")
    {
        Assert.Empty(result.Errors);
        using var json = JsonDocument.Parse(result.ToJson());
        return [.. json.RootElement.GetProperty("data").GetProperty(field).EnumerateArray().Select(e => e.GetProperty("id").GetInt32())];
    }

    public static GraphQLError SingleError(ExecutionResult result) => Assert.Single(result.Errors);

    [GeneratedRegex(@"^(input|enum|type) \w+ \{.*?^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex TypeBlock();
}
