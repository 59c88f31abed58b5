using GraphQL.CostAnalysis;
using GraphQL.Data;
using GraphQL.Types;

namespace GraphQL.Tests.CostAnalysis;

public class CostDirectivesInSchemaTests
{
    [Fact]
    public void Code_first_applies_HotChocolates_defaults_and_the_attributes()
    {
        var sdl = SchemaPrinter.Print(SchemaBuilder.New().AddQueryType(typeof(CatalogQueries)).Build());

        Assert.Contains("directive @cost(", sdl, StringComparison.Ordinal);
        Assert.Contains("directive @listSize(", sdl, StringComparison.Ordinal);
        Assert.Contains("  pure(n: Int! = 1): Int!\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  loaded: Int! @cost(weight: \"10\")\n", sdl, StringComparison.Ordinal);
        Assert.Contains("  weighed: Int! @cost(weight: \"2.5\")\n", sdl, StringComparison.Ordinal);
        Assert.Contains("): BooksConnection! @listSize(assumedSize: 50, slicingArguments: [\"first\", \"last\"], sizedFields: [\"edges\", \"nodes\"], requireOneSlicingArgument: false) @cost(weight: \"10\")", sdl, StringComparison.Ordinal);
        Assert.Contains("  sized(take: Int!): [String!]! @listSize(assumedSize: 5, slicingArguments: [\"take\"])\n", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_that_applies_neither_directive_does_not_define_them()
    {
        var sdl = SchemaPrinter.Print(SchemaBuilder.FromSdl("type Query { a: Int }").Build());

        Assert.DoesNotContain("@cost", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public void SDL_first_reports_invalid_weights_and_list_sizes_by_element()
    {
        var exception = Assert.Throws<SchemaException>(() => SchemaBuilder.FromSdl("""
            type Query {
              a: Int @cost(weight: "much")
              b(n: String): [Int] @listSize(slicingArguments: ["n", "missing"], sizedFields: ["x"])
            }
            """).Build());

        Assert.Contains(exception.Errors, error => error.StartsWith("Directive \"@cost\" on field \"Query.a\" has the weight \"much\"", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, error => error.Contains("field \"Query.b\" names the slicing argument \"n\"", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, error => error.Contains("names the slicing argument \"missing\"", StringComparison.Ordinal));
        Assert.Contains(exception.Errors, error => error.Contains("names the sized field \"x\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_attributes_refuse_invalid_values()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CostAttribute(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ListSizeAttribute { AssumedSize = -1 });
    }

    [QueryType]
    public static class CatalogQueries
    {
        public static int GetPure(int n = 1) => n;

        public static Task<int> GetLoaded() => Task.FromResult(1);

        [Cost(2.5)]
        public static Task<int> GetWeighed() => Task.FromResult(1);

        [UsePaging]
        public static IEnumerable<Book> GetBooks() => [];

        [ListSize(AssumedSize = 5, SlicingArguments = ["take"])]
        public static string[] GetSized(int take) => [];
    }

    public sealed record Book(int Id, string Title);
}
