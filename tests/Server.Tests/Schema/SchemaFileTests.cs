using GraphApi.Schema;
using GraphQL.Types;

namespace GraphApi.Server.Tests.Schema;

/// <summary>schema.graphql, which clients generate code from, is kept equal to the schema the server serves.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void Schema_graphql_at_the_repository_root_is_the_served_schema()
    {
        var file = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schema.graphql"));

        var difference = SchemaFileDifference.Describe(file, SchemaPrinter.Print(ApiSchema.Create()));

        Assert.True(difference is null, difference);
    }

    [Fact]
    public void A_difference_names_the_first_differing_line_and_the_export_command()
    {
        var difference = SchemaFileDifference.Describe("type Query {\r\n  a: Int\r\n}", "type Query {\n  a: Int\n  b: Int\n}");

        Assert.Equal(
            """
            schema.graphql is not the schema the server serves. The first difference is on line 3:
              schema.graphql: "}"
              server:         "  b: Int"
            Re-export it from the repository's root with:
              dotnet run --project src/Server -- schema export --output schema.graphql
            """.ReplaceLineEndings("\n"),
            difference?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_file_that_ends_early_is_a_difference()
    {
        var difference = SchemaFileDifference.Describe("type Query {", "type Query {\n}");

        Assert.Contains("line 2:\n  schema.graphql: (end of file)\n  server:         \"}\"", difference?.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Equal_texts_with_other_line_endings_are_no_difference()
    {
        Assert.Null(SchemaFileDifference.Describe("type Query {\r\n  a: Int\r\n}", "type Query {\n  a: Int\n}"));
    }
}
