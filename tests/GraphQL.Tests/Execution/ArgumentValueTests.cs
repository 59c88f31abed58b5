using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.Execution;

/// <summary><see cref="IResolverContext.ArgumentValue{T}"/>: coerced values converted to the CLR types resolvers ask for.</summary>
public sealed class ArgumentValueTests
{
    private const string Sdl = """
        scalar Long
        scalar DateTime
        input Range { from: Int! to: Int labels: [String] }
        enum Shade { LIGHT DARK_RED }
        type Query {
          read(int: Int, float: Float, ids: [Int], range: Range, shade: Shade, ranges: [Range], long: Long, id: ID, at: DateTime): String
        }
        """;

    private static async Task<T> ReadAsync<T>(string arguments, string argument)
    {
        T? read = default;
        var executor = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "read", context =>
            {
                read = context.ArgumentValue<T>(argument);
                return new ValueTask<object?>("ok");
            })
            .Executor();
        var result = await executor.RunAsync($"{{ read({arguments}) }}");
        Assert.Empty(result.Errors);
        return read!;
    }

    [Fact]
    public async Task NumbersAreWidenedAndNarrowed()
    {
        Assert.Equal(5L, await ReadAsync<long>("int: 5", "int"));
        Assert.Equal(5.0, await ReadAsync<double>("int: 5", "int"));
        Assert.Equal((short)5, await ReadAsync<short>("int: 5", "int"));
        Assert.Equal(2m, await ReadAsync<decimal>("float: 2.0", "float"));
        Assert.Equal(2, await ReadAsync<int>("float: 2.0", "float"));
        Assert.Equal(7, await ReadAsync<int?>("int: 7", "int"));
        Assert.Null(await ReadAsync<int?>("int: null", "int"));
    }

    [Fact]
    public async Task ListsBecomeArraysAndLists()
    {
        Assert.Equal(new[] { 1, 2 }, await ReadAsync<int[]>("ids: [1, 2]", "ids"));
        Assert.Equal(new List<long> { 1, 2 }, await ReadAsync<List<long>>("ids: [1, 2]", "ids"));
        Assert.Equal(new[] { 3 }, await ReadAsync<IReadOnlyList<int>>("ids: 3", "ids"));
        Assert.Equal(new int?[] { 1, null }, await ReadAsync<IEnumerable<int?>>("ids: [1, null]", "ids"));
    }

    [Fact]
    public async Task InputObjectsBecomeClassesAndRecords()
    {
        Assert.Equal(new RangeRecord(1, 5), await ReadAsync<RangeRecord>("range: { from: 1, to: 5 }", "range"));
        var range = await ReadAsync<RangeClass>("range: { from: 1, labels: [\"a\"] }", "range");
        Assert.Equal((1, (int?)null), (range.From, range.To));
        Assert.Equal(["a"], range.Labels!);
        var ranges = await ReadAsync<RangeRecord[]>("ranges: [{ from: 1 }, { from: 2, to: 3 }]", "ranges");
        Assert.Equal([new RangeRecord(1, null), new RangeRecord(2, 3)], ranges);
        Assert.Equal(1, (await ReadAsync<IReadOnlyDictionary<string, object?>>("range: { from: 1 }", "range"))["from"]);
    }

    [Fact]
    public async Task IdStringsBecomeGuidsAndNumbersAndDateTimeOffsetsBecomeUtcDateTimes()
    {
        var guid = Guid.NewGuid();
        Assert.Equal(guid, await ReadAsync<Guid>($"id: \"{guid}\"", "id"));
        Assert.Equal(42L, await ReadAsync<long>("id: \"42\"", "id"));
        Assert.Equal("7", await ReadAsync<string>("id: 7", "id"));
        var at = await ReadAsync<DateTime>("at: \"2025-03-01T12:00:00+02:00\"", "at");
        Assert.Equal((new DateTime(2025, 3, 1, 10, 0, 0), DateTimeKind.Utc), (at, at.Kind));
    }

    [Fact]
    public async Task InputObjectsLeftOutKeepTheConstructorDefaultsAndStructsAreFilledToo()
    {
        Assert.Equal(new RangeWithDefault(1, 10), await ReadAsync<RangeWithDefault>("range: { from: 1 }", "range"));
        Assert.Equal(new RangeStruct { From = 2, To = 3 }, await ReadAsync<RangeStruct>("range: { from: 2, to: 3 }", "range"));
    }

    [Fact]
    public async Task ValuesThatDoNotFitAreReportedToTheClient()
    {
        Assert.Equal(
            "The value \"nope\" of argument \"id\" cannot be converted to Guid.",
            await ClientErrorAsync("id: \"nope\"", context => context.ArgumentValue<Guid>("id")));
        Assert.Equal(
            "The value 2.5 of argument \"float\" cannot be converted to Int32.",
            await ClientErrorAsync("float: 2.5", context => context.ArgumentValue<int>("float")));
        Assert.Equal(
            "The value 70000 of argument \"ids\" is out of range for Int16.",
            await ClientErrorAsync("ids: [1, 70000]", context => context.ArgumentValue<short[]>("ids")));
    }

    [Fact]
    public async Task TypesThatCannotHoldTheValueAreProgrammingErrors()
    {
        Assert.Equal(
            "Argument \"int\" cannot be read as Int32: null cannot be converted to Int32.",
            await ProgrammingErrorAsync("int: null", context => context.ArgumentValue<int>("int")));
        Assert.Equal(
            "Argument \"ids\" cannot be read as HashSet`1: HashSet`1 cannot be made from a list; use an array, List<T> or an interface List<T> implements.",
            await ProgrammingErrorAsync("ids: [1]", context => context.ArgumentValue<HashSet<int>>("ids")));
        Assert.Equal(
            "Argument \"shade\" cannot be read as DayOfWeek: \"LIGHT\" is not a value of DayOfWeek.",
            await ProgrammingErrorAsync("shade: LIGHT", context => context.ArgumentValue<DayOfWeek>("shade")));
    }

    [Fact]
    public async Task EnumValueNamesBecomeClrEnums()
    {
        Assert.Equal(Shade.DarkRed, await ReadAsync<Shade>("shade: DARK_RED", "shade"));
        Assert.Equal(Shade.Light, await ReadAsync<Shade>("shade: LIGHT", "shade"));
    }

    [Fact]
    public async Task MissingArgumentsReadAsDefault()
    {
        Assert.Null(await ReadAsync<string>("int: 1", "shade"));
        Assert.Equal(0, await ReadAsync<int>("float: 1.5", "int"));
    }

    private static async Task<string> ClientErrorAsync(string arguments, Func<IResolverContext, object?> read)
    {
        var result = await ExecuteAsync(arguments, read, new ExecutionOptions());
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
        return error.Message;
    }

    private static async Task<string> ProgrammingErrorAsync(string arguments, Func<IResolverContext, object?> read)
    {
        var result = await ExecuteAsync(arguments, read, new ExecutionOptions { IncludeExceptionDetails = true });
        var error = Assert.Single(result.Errors);
        Assert.Equal("Unexpected Execution Error", error.Message);
        return (string)error.Extensions!["message"]!;
    }

    private static Task<ExecutionResult> ExecuteAsync(string arguments, Func<IResolverContext, object?> read, ExecutionOptions options) =>
        SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "read", context => new ValueTask<object?>(read(context)?.ToString()))
            .Executor(options)
            .RunAsync($"{{ read({arguments}) }}");

    [Fact]
    public async Task OutOfRangeValuesAreReportedToTheClient()
    {
        var executor = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "read", context => new ValueTask<object?>(context.ArgumentValue<int>("long").ToString()))
            .Executor();

        var result = await executor.RunAsync("{ read(long: 9999999999) }");

        var error = Assert.Single(result.Errors);
        Assert.Equal("The value 9999999999 of argument \"long\" is out of range for Int32.", error.Message);
        Assert.Equal(ErrorCodes.InvalidValue, error.Code);
    }

    [Fact]
    public async Task AskingForAnUnknownArgumentOrAnImpossibleTypeIsAProgrammingError()
    {
        var executor = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "read", context => new ValueTask<object?>(context.ArgumentValue<int>("nope")))
            .Executor(new ExecutionOptions { IncludeExceptionDetails = true });

        var result = await executor.RunAsync("{ read(shade: LIGHT) }");

        Assert.Equal("Field \"Query.read\" has no argument named \"nope\". (Parameter 'name')", Assert.Single(result.Errors).Extensions!["message"]);
    }

    private sealed record RangeRecord(int From, int? To);

    private sealed record RangeWithDefault(int From, int To = 10);

    private record struct RangeStruct(int From, int? To);

    private sealed class RangeClass
    {
        public int From { get; set; }

        public int? To { get; set; }

        public string[]? Labels { get; set; }
    }

    private enum Shade
    {
        Light,
        DarkRed,
    }
}
