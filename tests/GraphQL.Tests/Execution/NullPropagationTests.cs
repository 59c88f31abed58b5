using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4 and the result coercion table of 3.12: nulls move up to the nearest nullable position, with one error.</summary>
public sealed class NullPropagationTests
{
    private const string Sdl = """
        type Query {
          list: [Int]
          listBang: [Int]!
          itemsBang: [Int!]
          bothBang: [Int!]!
          matrix: [[Int!]]
          nested: Nested
          nestedBang: Nested!
          sibling: Int
        }
        type Nested { value: Int required: Int! child: Nested childBang: Nested! }
        """;

    private static readonly RequestExecutor Executor = SchemaBuilder.FromSdl(Sdl).Executor();

    // "x" cannot be serialized as Int: it is the table's "Error" item.
    [Theory]
    [InlineData("list", "[1,2,3]", "{'list':[1,2,3],'sibling':0}", null)]
    [InlineData("list", "null", "{'list':null,'sibling':0}", null)]
    [InlineData("list", "[1,2,null]", "{'list':[1,2,null],'sibling':0}", null)]
    [InlineData("list", "[1,2,'x']", "{'list':[1,2,null],'sibling':0}", "list/2")]
    [InlineData("listBang", "[1,2,3]", "{'listBang':[1,2,3],'sibling':0}", null)]
    [InlineData("listBang", "null", "null", "listBang")]
    [InlineData("listBang", "[1,2,null]", "{'listBang':[1,2,null],'sibling':0}", null)]
    [InlineData("listBang", "[1,2,'x']", "{'listBang':[1,2,null],'sibling':0}", "listBang/2")]
    [InlineData("itemsBang", "[1,2,3]", "{'itemsBang':[1,2,3],'sibling':0}", null)]
    [InlineData("itemsBang", "null", "{'itemsBang':null,'sibling':0}", null)]
    [InlineData("itemsBang", "[1,2,null]", "{'itemsBang':null,'sibling':0}", "itemsBang/2")]
    [InlineData("itemsBang", "[1,2,'x']", "{'itemsBang':null,'sibling':0}", "itemsBang/2")]
    [InlineData("bothBang", "[1,2,3]", "{'bothBang':[1,2,3],'sibling':0}", null)]
    [InlineData("bothBang", "null", "null", "bothBang")]
    [InlineData("bothBang", "[1,2,null]", "null", "bothBang/2")]
    [InlineData("bothBang", "[1,2,'x']", "null", "bothBang/2")]
    [InlineData("matrix", "[[1,null],[2]]", "{'matrix':[null,[2]],'sibling':0}", "matrix/0/1")]
    public async Task ListResultsFollowTheSpecTable(string field, string value, string expectedData, string? errorPath)
    {
        var root = new Dictionary<string, object?> { [field] = JsonInput.ParseObject(Json($"{{'v':{value}}}"))!["v"], ["sibling"] = 0 };

        var result = await Executor.RunAsync($"{{ {field} sibling }}", rootValue: root);

        Assert.Equal(Json(expectedData), JsonValueWriter.ToJson(result.Data));
        if (errorPath is null)
        {
            Assert.Empty(result.Errors);
        }
        else
        {
            Assert.Equal(errorPath, Assert.Single(result.Errors).Path!.ToString());
        }
    }

    [Fact]
    public async Task ANullInANonNullFieldNullsTheNearestNullableAncestorWithOneError()
    {
        var root = Root("{'nested':{'value':1,'childBang':{'required':null}}}");

        var result = await Executor.RunAsync("{ nested { value childBang { required again: required } } sibling }", rootValue: root);

        Assert.Equal(Json("{'nested':null,'sibling':null}"), JsonValueWriter.ToJson(result.Data));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Field \"Nested.required\" is non-null but its value is null.", error.Message);
        Assert.Equal(ErrorCodes.NonNullViolation, error.Code);
        Assert.Equal(["nested", "childBang", "required"], error.Path!.ToList());
        Assert.Equal((1, 30), (Assert.Single(error.Locations!).Line, error.Locations![0].Column));
    }

    [Fact]
    public async Task ANullReachingANonNullRootFieldMakesDataNull()
    {
        var result = await Executor.RunAsync("{ sibling nestedBang { required } }", rootValue: Root("{'sibling':1,'nestedBang':{'required':null}}"));

        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("{\"errors\":[{\"message\":\"Field \\\"Nested.required\\\" is non-null but its value is null.\",\"locations\":[{\"line\":1,\"column\":24}],\"path\":[\"nestedBang\",\"required\"],\"extensions\":{\"code\":\"HC0018\"}}],\"data\":null}", result.ToJson());
    }

    [Fact]
    public async Task NullsInsideListsOfObjectsStopAtTheNullableItem()
    {
        var executor = SchemaBuilder.FromSdl("""
            type Query { items: [Item] strictItems: [Item!] }
            type Item { id: Int! }
            """).Executor();
        var items = new object?[] { new Dictionary<string, object?> { ["id"] = 1 }, new Dictionary<string, object?> { ["id"] = null } };

        var result = await executor.RunAsync("{ items { id } strictItems { id } }", rootValue: new Dictionary<string, object?> { ["items"] = items, ["strictItems"] = items });

        Assert.Equal(Json("{'items':[{'id':1},null],'strictItems':null}"), JsonValueWriter.ToJson(result.Data));
        Assert.Equal(["items/1/id", "strictItems/1/id"], result.Errors.Select(e => e.Path!.ToString()).Order());
    }

    private static Dictionary<string, object?> Root(string singleQuotedJson) =>
        (Dictionary<string, object?>)ToMutable(JsonInput.ParseObject(Json(singleQuotedJson)))!;

    // The default resolver reads IReadOnlyDictionary entries; JSON objects already are ordered dictionaries.
    private static object? ToMutable(object? value) => value is IReadOnlyDictionary<string, object?> map
        ? map.ToDictionary(e => e.Key, e => ToMutable(e.Value))
        : value;
}
