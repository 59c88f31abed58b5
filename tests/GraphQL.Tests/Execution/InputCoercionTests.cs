using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Tests.Execution;

/// <summary>The spec's input coercion tables for lists (3.11) and input objects (3.10), for literals and variable values.</summary>
public sealed class InputCoercionTests
{
    private static readonly Schema Schema = SchemaBuilder.FromSdl("""
        input ExampleInputObject { a: String b: Int! }
        input WithDefaults { a: String = "default" b: [Int] = [1] }
        input Pet @oneOf { cat: String dog: String }
        enum Color { RED GREEN }
        type Query { field(example: ExampleInputObject, defaults: WithDefaults, pet: Pet, color: Color): String }
        """).Build();

    [Theory]
    [InlineData("[Int]", "[1, 2, 3]", "[1,2,3]")]
    [InlineData("[Int]", "1", "[1]")]
    [InlineData("[Int]", "null", "null")]
    [InlineData("[[Int]]", "[[1], [2, 3]]", "[[1],[2,3]]")]
    [InlineData("[[Int]]", "1", "[[1]]")]
    [InlineData("[[Int]]", "null", "null")]
    [InlineData("[[Int]]", "[[1], null]", "[[1],null]")]
    [InlineData("[String]", "\"abc\"", "[\"abc\"]")]
    public void ListLiteralsAndValuesCoerceAsTheSpecTableSays(string type, string input, string expected)
    {
        Assert.Equal(expected, JsonValueWriter.ToJson(CoerceLiteral(type, input)));
        Assert.Equal(expected, JsonValueWriter.ToJson(CoerceValue(type, input)));
    }

    [Theory]
    [InlineData("[Int]", "[1, \"b\", true]", "[1]")]
    [InlineData("[[Int]]", "[1, 2, 3]", "[0]")]
    [InlineData("[Int!]", "[1, null]", "[1]")]
    [InlineData("[Int]!", "null", "")]
    public void ListItemsThatCannotBeCoercedFailWithTheirIndex(string type, string input, string path)
    {
        var literalError = Assert.Throws<InvalidInputException>(() => CoerceLiteral(type, input));
        var valueError = Assert.Throws<InvalidInputException>(() => CoerceValue(type, input));
        Assert.Equal("value" + path, literalError.FormatPath("value"));
        Assert.Equal("value" + path, valueError.FormatPath("value"));
    }

    [Theory]
    [InlineData("""{ a: "abc", b: 123 }""", null, """{"a":"abc","b":123}""")]
    [InlineData("""{ a: null, b: 123 }""", null, """{"a":null,"b":123}""")]
    [InlineData("""{ b: 123 }""", null, """{"b":123}""")]
    [InlineData("""{ a: $var, b: 123 }""", """{ "var": null }""", """{"a":null,"b":123}""")]
    [InlineData("""{ a: $var, b: 123 }""", "{}", """{"b":123}""")]
    [InlineData("""{ b: $var }""", """{ "var": 123 }""", """{"b":123}""")]
    [InlineData("""$var""", """{ "var": { "b": 123 } }""", """{"b":123}""")]
    public void InputObjectsCoerceAsTheSpecTableSays(string literal, string? variablesJson, string expected)
    {
        var variables = variablesJson is null ? new Dictionary<string, object?>() : JsonInput.ParseObject(variablesJson)!;
        var coerced = variables.TryGetValue("var", out var variable) && literal == "$var"
            ? InputCoercer.CoerceValue(variable, Type("ExampleInputObject"))
            : InputCoercer.CoerceLiteral(Parser.ParseValue(literal), Type("ExampleInputObject"), variables, out _);
        Assert.Equal(expected, JsonValueWriter.ToJson(coerced));
    }

    [Theory]
    [InlineData("\"abc123\"", "Input object \"ExampleInputObject\" expects an object.", "")]
    [InlineData("""{ a: "abc", b: "123" }""", "Int cannot represent non-integer value", ".b")]
    [InlineData("""{ a: "abc" }""", "Input object \"ExampleInputObject\" requires field \"b\" of type \"Int!\", which was not given.", "")]
    [InlineData("""{ b: $absent }""", "Input object \"ExampleInputObject\" requires field \"b\" of type \"Int!\", which was not given.", "")]
    [InlineData("""{ a: "abc", b: null }""", "Expected a value of non-null type \"Int!\" but found null.", ".b")]
    [InlineData("""{ b: $null }""", "Expected a value of non-null type \"Int!\" but variable \"$null\" is null.", ".b")]
    [InlineData("""{ b: 123, c: "xyz" }""", "Input object \"ExampleInputObject\" has no field named \"c\".", "")]
    public void InvalidInputObjectLiteralsFailWithTheReason(string literal, string message, string path)
    {
        var variables = new Dictionary<string, object?> { ["null"] = null };
        var error = Assert.Throws<InvalidInputException>(() =>
            InputCoercer.CoerceLiteral(Parser.ParseValue(literal), Type("ExampleInputObject"), variables, out _));
        Assert.StartsWith(message, error.Message);
        Assert.Equal("value" + path, error.FormatPath("value"));
    }

    [Theory]
    [InlineData("""{ "a": "abc" }""", "requires field \"b\"")]
    [InlineData("""{ "b": null }""", "non-null type \"Int!\" but found null")]
    [InlineData("""{ "b": 1, "c": 2 }""", "has no field named \"c\"")]
    [InlineData("\"abc123\"", "expects an object")]
    public void InvalidInputObjectValuesFailWithTheReason(string json, string reason)
    {
        var error = Assert.Throws<InvalidInputException>(() => CoerceValue("ExampleInputObject", json));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void MissingInputFieldsTakeTheirDefaults()
    {
        Assert.Equal("""{"a":"default","b":[1]}""", JsonValueWriter.ToJson(CoerceLiteral("WithDefaults", "{}")));
        Assert.Equal("""{"a":null,"b":[1]}""", JsonValueWriter.ToJson(CoerceValue("WithDefaults", """{ "a": null }""")));
    }

    [Theory]
    [InlineData("""{ cat: "Tom" }""", """{"cat":"Tom"}""")]
    [InlineData("""{ dog: "Rex" }""", """{"dog":"Rex"}""")]
    public void OneOfInputObjectsAcceptExactlyOneNonNullField(string literal, string expected) =>
        Assert.Equal(expected, JsonValueWriter.ToJson(CoerceLiteral("Pet", literal)));

    [Theory]
    [InlineData("""{ cat: "Tom", dog: "Rex" }""", "exactly one field must be given, but 2 were", ErrorCodes.OneOfFieldCount)]
    [InlineData("{}", "exactly one field must be given, but 0 were", ErrorCodes.OneOfFieldCount)]
    [InlineData("""{ cat: null }""", "Field \"cat\" of @oneOf input object \"Pet\" must not be null.", ErrorCodes.OneOfFieldIsNull)]
    public void OneOfInputObjectsRejectOtherShapes(string literal, string reason, string code)
    {
        var literalError = Assert.Throws<InvalidInputException>(() => CoerceLiteral("Pet", literal));
        Assert.Contains(reason, literalError.Message);
        Assert.Equal(code, literalError.Code);
        var json = literal.Replace("cat", "\"cat\"").Replace("dog", "\"dog\"");
        var valueError = Assert.Throws<InvalidInputException>(() => CoerceValue("Pet", json));
        Assert.Contains(reason, valueError.Message);
    }

    [Fact]
    public void EnumsBecomeTheirRuntimeValues()
    {
        Assert.Equal("RED", CoerceLiteral("Color", "RED"));
        Assert.Equal("GREEN", CoerceValue("Color", "\"GREEN\""));
        Assert.Equal("Enum \"Color\" has no value named \"BLUE\".", Assert.Throws<InvalidInputException>(() => CoerceLiteral("Color", "BLUE")).Message);
        Assert.Contains("expects", Assert.Throws<InvalidInputException>(() => CoerceLiteral("Color", "\"RED\"")).Message);
        Assert.Contains("expects", Assert.Throws<InvalidInputException>(() => CoerceValue("Color", "1")).Message);
    }

    [Fact]
    public void AListItemVariableWithoutValueIsNull()
    {
        var coerced = InputCoercer.CoerceLiteral(Parser.ParseValue("[1, $missing]"), Type("[Int]"), new Dictionary<string, object?>(), out _);
        Assert.Equal("[1,null]", JsonValueWriter.ToJson(coerced));
        Assert.Throws<InvalidInputException>(() =>
            InputCoercer.CoerceLiteral(Parser.ParseValue("[1, $missing]"), Type("[Int!]"), new Dictionary<string, object?>(), out _));
    }

    private static object? CoerceLiteral(string type, string literal) =>
        InputCoercer.CoerceLiteral(Parser.ParseValue(literal), Type(type), new Dictionary<string, object?>(), out _);

    private static object? CoerceValue(string type, string json)
    {
        using var document = JsonDocument.Parse(json);
        return InputCoercer.CoerceValue(JsonInput.ToValue(document.RootElement), Type(type));
    }

    private static IType Type(string text) => Schema.TypeFromAst(Parser.ParseType(text))!;
}
