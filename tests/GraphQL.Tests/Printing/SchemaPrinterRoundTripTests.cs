using GraphQL.Tests.Introspection;
using GraphQL.Types;

namespace GraphQL.Tests.Printing;

public class SchemaPrinterRoundTripTests
{
    [Fact]
    public void Printed_sdl_builds_a_schema_that_prints_the_same()
    {
        var printed = SchemaPrinter.Print(ReferenceSchema.Build());

        var reprinted = SchemaPrinter.Print(ReferenceSchema.Build(printed));

        Assert.Equal(printed, reprinted);
    }

    [Fact]
    public void Printed_sdl_keeps_what_the_source_says()
    {
        var printed = SchemaPrinter.Print(ReferenceSchema.Build());

        Assert.StartsWith("\"\"\"\nThe schema of the reference-implementation check.\n\nIt uses every kind", printed);
        Assert.Contains("schema @contact(name: \"Engine team\", url: \"https://example.com/contact\") {\n  query: Query\n", printed);
        Assert.Contains("type Book implements Lendable & Publication & Node @cacheControl(maxAge: 300) @tag(name: \"catalog\") @tag(name: \"books\") {", printed);
        Assert.Contains("  dimensions: DimensionsInput = {width: 1.5, height: 2.25}\n", printed);
        Assert.Contains("  \"  Indented first line\\n  and second line: a block string would lose the indentation.\"\n  CYAN\n", printed);
        Assert.Contains("\nscalar DateTime @specifiedBy(url: \"https://www.graphql-scalars.com/date-time\")", printed);
        Assert.Contains("\nscalar Long\n", printed + "\n");
    }

    [Fact]
    public void Printed_sdl_leaves_out_built_in_scalars_directives_and_introspection_types()
    {
        var printed = SchemaPrinter.Print(ReferenceSchema.Build());

        Assert.DoesNotContain("scalar String", printed);
        Assert.DoesNotContain("scalar Int", printed);
        Assert.DoesNotContain("directive @skip", printed);
        Assert.DoesNotContain("directive @deprecated", printed);
        Assert.DoesNotContain("directive @oneOf", printed);
        Assert.DoesNotContain("__", printed);
    }
}
