using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Types.Printing;

namespace GraphQL.Tests.Readme;

/// <summary>The examples of src/GraphQL/README.md, kept compiling and true.</summary>
public class ReadmeExamplesTests
{
    private const string Query = "query($name: String!) { greeting(name: $name) books { title } }";

    private const string ExpectedJson = """{"data":{"greeting":"Hello, Ada!","books":[{"title":"Dune"}]}}""";

    [Fact]
    public async Task Sdl_first_example_executes()
    {
        Assert.Equal(ExpectedJson, await ExecuteAsync(BuildSdlFirst()));
    }

    [Fact]
    public async Task Code_first_example_executes()
    {
        Assert.Equal(ExpectedJson, await ExecuteAsync(BuildCodeFirst()));
    }

    [Fact]
    public void Both_examples_print_the_same_sdl_apart_from_the_description()
    {
        var codeFirst = SchemaPrinter.Print(BuildCodeFirst(), new SchemaPrinterOptions { IncludeDescriptions = false });
        var sdlFirst = SchemaPrinter.Print(BuildSdlFirst(), new SchemaPrinterOptions { IncludeDescriptions = false });

        Assert.Equal(sdlFirst, codeFirst);
        Assert.Contains("\"Greets someone.\"", SchemaPrinter.Print(BuildCodeFirst()));
    }

    private static Schema BuildSdlFirst() => SchemaBuilder.FromSdl("""
            type Query { greeting(name: String! = "world"): String! books: [Book!]! }
            type Book { title: String! year: Int }
            """)
        .BindResolver("Query", "greeting", ctx => new ValueTask<object?>($"Hello, {ctx.ArgumentValue<string>("name")}!"))
        .BindResolver("Query", "books", _ => new ValueTask<object?>(new[] { new Book("Dune", 1965) }))
        .Build();

    private static Schema BuildCodeFirst() => SchemaBuilder.New().AddQueryType(typeof(LibraryQueries)).Build();

    private static async Task<string> ExecuteAsync(Schema schema)
    {
        var executor = new RequestExecutor(schema);

        IExecutionResult result = await executor.ExecuteAsync(new GraphQLRequest
        {
            Query = Query,
            Variables = JsonInput.ParseObject("""{ "name": "Ada" }"""),
        });

        return ((ExecutionResult)result).ToJson();
    }
}

[QueryType]
public static class LibraryQueries
{
    /// <summary>Greets someone.</summary>
    public static string GetGreeting(string name = "world") => $"Hello, {name}!";

    public static Book[] GetBooks() => [new Book("Dune", 1965)];
}

public sealed record Book(string Title, int? Year);
