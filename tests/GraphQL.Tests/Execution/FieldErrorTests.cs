using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>Field errors: message, locations, path (with list indices), extensions.code, masking of unexpected exceptions.</summary>
public sealed class FieldErrorTests
{
    private const string Sdl = """
        type Query { items: [Item] fail: String known: String color: Color count: Int tags: [String] warn: String }
        type Item { name: String }
        enum Color { RED }
        """;

    private static SdlSchemaBuilder Schema() => SchemaBuilder.FromSdl(Sdl)
        .BindResolver("Query", "items", Returns(new[] { "a", "b", "c" }))
        .BindResolver("Item", "name", context => context.Parent<string>() == "b"
            ? throw new InvalidOperationException("secret database detail")
            : new ValueTask<object?>(context.Parent<string>()))
        .BindResolver("Query", "fail", _ => throw new InvalidOperationException("secret database detail"))
        .BindResolver("Query", "known", _ => throw new GraphQLException("You may not see this.", "AUTH_NOT_AUTHORIZED"))
        .BindResolver("Query", "color", Returns("BLUE"))
        .BindResolver("Query", "count", Returns("many"))
        .BindResolver("Query", "tags", Returns(42))
        .BindResolver("Query", "warn", context =>
        {
            context.ReportError(new GraphQLError("Deprecated data source."));
            return new ValueTask<object?>("value");
        });

    [Fact]
    public async Task UnexpectedExceptionsAreMaskedWithTheirPathIncludingListIndices()
    {
        var result = await Schema().Executor().RunAsync("{ items { name } }");

        Assert.Equal(Json("{'items':[{'name':'a'},{'name':null},{'name':'c'}]}"), JsonValueWriter.ToJson(result.Data));
        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal(["items", 1, "name"], error.Path!.ToList());
        Assert.Equal((1, 11), (error.Locations![0].Line, error.Locations[0].Column));
        Assert.Equal(ErrorCodes.UnexpectedError, error.Code);
        Assert.DoesNotContain("secret", result.ToJson());
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task ExceptionDetailsAreShownWhenSwitchedOn()
    {
        var result = await Schema().Executor(new ExecutionOptions { IncludeExceptionDetails = true }).RunAsync("{ fail }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        Assert.Equal("secret database detail", error.Extensions!["message"]);
        Assert.Equal(typeof(InvalidOperationException).FullName, error.Extensions["exception"]);
        Assert.Contains(nameof(FieldErrorTests), (string)error.Extensions["stackTrace"]!);
    }

    [Fact]
    public async Task GraphQLExceptionsAreShownAsTheyAreWithTheirCode()
    {
        var json = await Schema().Executor().RunJsonAsync("{ known }");

        Assert.Equal(
            Json("{'errors':[{'message':'You may not see this.','locations':[{'line':1,'column':3}],'path':['known'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],'data':{'known':null}}"),
            json);
    }

    [Fact]
    public async Task LeafValuesThatCannotBeSerializedAreFieldErrors()
    {
        var result = await Schema().Executor().RunAsync("{ color count }");

        Assert.Equal(Json("{'color':null,'count':null}"), JsonValueWriter.ToJson(result.Data));
        Assert.Collection(
            result.Errors,
            e => Assert.Equal("Enum \"Color\" has no value for \"BLUE\", returned by field \"Query.color\".", e.Message),
            e => Assert.StartsWith("Field \"Query.count\" returned a value Int cannot serialize: ", e.Message));
        Assert.All(result.Errors, e => Assert.Equal(ErrorCodes.InvalidLeafValue, e.Code));
    }

    [Fact]
    public async Task AListFieldThatReturnsNoListIsAFieldError()
    {
        var result = await Schema().Executor().RunAsync("{ tags }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("List field \"Query.tags\" returned a value of type Int32, which is not a list.", error.Message);
        Assert.Equal(ErrorCodes.ListExpected, error.Code);
    }

    [Fact]
    public async Task ResolversCanReportErrorsAndStillReturnAValue()
    {
        var result = await Schema().Executor().RunAsync("{ warn }");

        Assert.Equal("value", result.Data!["warn"]);
        var error = Assert.Single(result.Errors);
        Assert.Equal("Deprecated data source.", error.Message);
        Assert.Equal(["warn"], error.Path!.ToList());
        Assert.Single(error.Locations!);
    }
}
