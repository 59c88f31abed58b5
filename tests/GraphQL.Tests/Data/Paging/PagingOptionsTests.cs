using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;

namespace GraphQL.Tests.Data.Paging;

/// <summary>Schema-wide paging options, and the attribute's values overriding them.</summary>
public sealed class PagingOptionsTests
{
    private static readonly RequestExecutor Executor = new(SchemaBuilder.New()
        .AddQueryType(typeof(PagingQueries))
        .ModifyPagingOptions(o =>
        {
            o.DefaultPageSize = 3;
            o.MaxPageSize = 4;
        })
        .ModifyPagingOptions(o => o.RequirePagingBoundaries = false)
        .Build());

    private static readonly RequestExecutor Strict = new(SchemaBuilder.New()
        .AddQueryType(typeof(PagingQueries))
        .ModifyPagingOptions(o => o.RequirePagingBoundaries = true)
        .Build());

    private readonly TestServices _services = new(ItemStore.WithItems(10));

    [Fact]
    public async Task TheSchemasDefaultAndMaximumPageSizesApplyWhereTheAttributeSetsNone()
    {
        var defaults = await Executor.RunAsyncWith("{ unordered { nodes { id } } }", null, _services);
        var tooMany = await Executor.RunAsyncWith("{ unordered(first: 5) { nodes { id } } }", null, _services);

        Assert.Equal("{\"unordered\":{\"nodes\":[{\"id\":1},{\"id\":2},{\"id\":3}]}}", JsonValueWriter.ToJson(defaults.Data));
        var error = Assert.Single(tooMany.Errors);
        Assert.Equal(PagingErrorCodes.MaxPageSizeExceeded, error.Code);
        Assert.Equal(4, error.Extensions!["maxAllowedItems"]);
    }

    [Fact]
    public async Task TheAttributesOwnSizesWinOverTheSchemas()
    {
        var result = await Executor.RunAsyncWith("{ small(first: 5) { nodes { id } } }", null, _services);

        Assert.Empty(result.Errors);
        Assert.Equal(5, System.Text.Json.JsonDocument.Parse(JsonValueWriter.ToJson(result.Data)).RootElement
            .GetProperty("small").GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task RequirePagingBoundariesCanBeSetForTheWholeSchema()
    {
        var result = await Strict.RunAsyncWith("{ unordered { nodes { id } } }", null, _services);

        Assert.Equal(PagingErrorCodes.NoPagingBoundaries, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void InvalidSchemaWideSizesAreBuildErrors()
    {
        var errors = Assert.Throws<SchemaException>(() => SchemaBuilder.New()
            .AddQueryType(typeof(PagingQueries))
            .ModifyPagingOptions(o => o.MaxPageSize = 0)
            .Build()).Errors;

        Assert.Contains(
            "The method 'PagingQueries.GetItems' has [UsePaging], which cannot apply: the page sizes must satisfy 0 <= DefaultPageSize <= MaxPageSize and MaxPageSize >= 1, but DefaultPageSize is 10 and MaxPageSize 0.",
            errors);
    }
}
