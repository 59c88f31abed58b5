using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>Spec 6.1.2 (variables) and 6.4.1 (arguments) through the whole pipeline.</summary>
public sealed class VariableAndArgumentTests
{
    private const string Sdl = """
        input Filter { ids: [Int!] name: String = "any" }
        enum Color { RED GREEN }
        type Query {
          echo(value: [Int], filter: Filter, color: Color, text: String, required: Int!, defaulted: Int = 42): String
        }
        """;

    private static readonly RequestExecutor Executor = SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "echo", context => new ValueTask<object?>(Describe(context)))
        .Executor();

    /// <summary>Each given argument as name=json, so tests see absent, null and defaulted arguments apart.</summary>
    private static string Describe(IResolverContext context) =>
        string.Join(" ", context.Field.Arguments.Where(a => context.HasArgument(a.Name)).Select(a => $"{a.Name}={JsonValueWriter.ToJson(context.Arguments[a.Name])}"));

    [Fact]
    public async Task VariablesAreCoercedToTheirTypes()
    {
        var result = await Executor.RunAsync(
            "query($v: [Int], $f: Filter, $c: Color) { echo(value: $v, filter: $f, color: $c, required: 1) }",
            """{ "v": 7, "f": { "ids": [1, 2] }, "c": "GREEN" }""");

        Assert.Empty(result.Errors);
        Assert.Equal("value=[7] filter={\"ids\":[1,2],\"name\":\"any\"} color=\"GREEN\" required=1 defaulted=42", result.Data!["echo"]);
    }

    [Fact]
    public async Task AnInvalidVariableValueNamesTheVariableAndThePathInsideIt()
    {
        var result = await Executor.RunAsync("query($input: Filter) { echo(filter: $input, required: 1) }", """{ "input": { "ids": [1, 5.5] } }""");

        var error = Assert.Single(result.Errors);
        Assert.False(result.HasData);
        Assert.StartsWith("Variable \"$input\" has an invalid value 5.5 at \"input.ids[1]\": Int cannot represent non-integer value", error.Message);
        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        Assert.Equal(new GraphQL.Language.Location(6, 20, 1, 7), Assert.Single(error.Locations!));
    }

    [Fact]
    public async Task InvalidListAndObjectValuesAreShownAsJson()
    {
        var result = await Executor.RunAsync(
            "query($f: Filter, $t: String) { echo(filter: $f, text: $t, required: 1) }",
            """{ "f": [{ "ids": [1] }, "x\ny"], "t": { "a": [true, null, 2.5] } }""");

        Assert.Collection(
            result.Errors,
            e => Assert.Equal("Variable \"$f\" has an invalid value [{\"ids\":[1]},\"x\\ny\"]: Input object \"Filter\" expects an object.", e.Message),
            e => Assert.Equal("Variable \"$t\" has an invalid value {\"a\":[true,null,2.5]}: String cannot represent a non-string value: {\"a\":[true,null,2.5]}", e.Message));
    }

    [Fact]
    public async Task EveryInvalidVariableIsReported()
    {
        var result = await Executor.RunAsync(
            "query($a: Int!, $b: Int!, $c: Color) { echo(required: $a) x: echo(required: $b, color: $c) }",
            """{ "b": null, "c": "BLUE" }""");

        Assert.False(result.HasData);
        Assert.Collection(
            result.Errors,
            e => Assert.Equal("Variable \"$a\" of non-null type \"Int!\" was not given.", e.Message),
            e => Assert.Equal("Variable \"$b\" of non-null type \"Int!\" must not be null.", e.Message),
            e => Assert.Equal("Variable \"$c\" has an invalid value \"BLUE\": Enum \"Color\" has no value named \"BLUE\".", e.Message));
        Assert.Equal(ErrorCodes.NonNullViolation, result.Errors[0].Code);
    }

    [Fact]
    public async Task VariableDefaultsApplyOnlyWhenTheVariableIsNotGiven()
    {
        const string query = "query($v: Int = 5) { echo(defaulted: $v, required: 1) }";

        Assert.Equal("required=1 defaulted=5", (await Executor.RunAsync(query)).Data!["echo"]);
        Assert.Equal("required=1 defaulted=null", (await Executor.RunAsync(query, """{ "v": null }""")).Data!["echo"]);
        Assert.Equal("required=1 defaulted=9", (await Executor.RunAsync(query, """{ "v": 9 }""")).Data!["echo"]);
    }

    [Fact]
    public async Task ArgumentsKeepAbsentApartFromNull()
    {
        Assert.Equal("text=null required=1 defaulted=42", (await Executor.RunAsync("{ echo(text: null, required: 1) }")).Data!["echo"]);
        Assert.Equal("required=1 defaulted=42", (await Executor.RunAsync("{ echo(required: 1) }")).Data!["echo"]);
        Assert.Equal("required=1 defaulted=null", (await Executor.RunAsync("{ echo(required: 1, defaulted: null) }")).Data!["echo"]);
    }

    [Fact]
    public async Task AnArgumentGivenAVariableWithoutValueIsAbsentAndTakesItsDefault()
    {
        var result = await Executor.RunAsync("query($t: String, $d: Int) { echo(text: $t, defaulted: $d, required: 1) }");

        Assert.Equal("required=1 defaulted=42", result.Data!["echo"]);
    }

    [Fact]
    public async Task ANonNullArgumentGivenANullVariableIsAFieldError()
    {
        // Validation lets a nullable variable with a default reach a non-null argument; an explicit null still fails.
        var result = await Executor.RunAsync("query($r: Int = 1) { echo(required: $r) }", """{ "r": null }""");

        var error = Assert.Single(result.Errors);
        Assert.True(result.HasData);
        Assert.Null(result.Data!["echo"]);
        Assert.Equal("Argument \"required\" of field \"Query.echo\" has an invalid value: Expected a value of non-null type \"Int!\" but variable \"$r\" is null.", error.Message);
        Assert.Equal(["echo"], error.Path!.ToList());
        Assert.Equal(27, Assert.Single(error.Locations!).Column);
    }

    [Fact]
    public async Task LiteralInputObjectsUseVariablesInside()
    {
        var result = await Executor.RunAsync(
            "query($id: Int!, $name: String) { echo(filter: { ids: [1, $id], name: $name }, required: 1) }",
            """{ "id": 2 }""");

        Assert.Equal("filter={\"ids\":[1,2],\"name\":\"any\"} required=1 defaulted=42", result.Data!["echo"]);
    }
}
