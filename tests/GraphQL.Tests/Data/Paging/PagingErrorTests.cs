using GraphQL.Data;
using GraphQL.Execution;

namespace GraphQL.Tests.Data.Paging;

/// <summary>Bad paging arguments and cursors are client errors with HotChocolate's codes, naming the field and the limit.</summary>
public sealed class PagingErrorTests
{
    private readonly ItemStore _store = ItemStore.WithItems(12);

    private PagingRunner Runner => new(_store);

    [Theory]
    [InlineData("items", "first: -1", "argument \"first\" of field \"Query.items\" is -1")]
    [InlineData("items", "last: -2", "argument \"last\" of field \"Query.items\" is -2")]
    public async Task NegativePageSizesAreRefused(string field, string arguments, string detail)
    {
        var error = await ErrorAsync(field, arguments);

        Assert.Equal($"The requested number of values per page must be at least 0: {detail}.", error.Message);
        Assert.Equal(PagingErrorCodes.MinPageSize, error.Code);
        Assert.Equal($"Query.{field}", error.Extensions!["coordinate"]);
        Assert.Equal(field, Assert.Single(error.Path!.ToList()));
    }

    [Theory]
    [InlineData("items", 51, 50)]
    [InlineData("small", 6, 5)]
    public async Task PagesLargerThanTheMaximumAreRefused(string field, int requested, int maximum)
    {
        var error = await ErrorAsync(field, $"first: {requested}");

        Assert.Equal(
            $"The maximum allowed items per page were exceeded: field \"Query.{field}\" returns at most {maximum} items per page, and {requested} were requested.",
            error.Message);
        Assert.Equal(PagingErrorCodes.MaxPageSizeExceeded, error.Code);
        Assert.Equal(requested, error.Extensions!["requestedItems"]);
        Assert.Equal(maximum, error.Extensions["maxAllowedItems"]);
    }

    [Fact]
    public async Task TheMaximumAppliesToLastAndComesFromTheSchemaOptions()
    {
        var error = await ErrorAsync("items", "last: 51");

        Assert.Equal(PagingErrorCodes.MaxPageSizeExceeded, error.Code);
    }

    [Fact]
    public async Task FirstAndLastTogetherAreRefused()
    {
        var error = await ErrorAsync("items", "first: 2, last: 2");

        Assert.Equal(
            "Field \"Query.items\" takes \"first\" or \"last\", not both: page forwards with first/after, or backwards with last/before.",
            error.Message);
        Assert.Equal(PagingErrorCodes.OneSlicingArgument, error.Code);
    }

    [Fact]
    public async Task AFieldThatRequiresBoundariesRefusesARequestWithout()
    {
        var error = await ErrorAsync("words", "", "nodes");

        Assert.Equal("You must provide a \"first\" or \"last\" value to page field \"Query.words\".", error.Message);
        Assert.Equal(PagingErrorCodes.NoPagingBoundaries, error.Code);
    }

    [Theory]
    [InlineData("not base64!", "it is not base64")]
    [InlineData("AQ==", "it is truncated or corrupt")]
    [InlineData("AAAAAAAA", "it was made by another connection or for another order")]
    public async Task MalformedCursorsAreRefused(string cursor, string problem)
    {
        var error = await ErrorAsync("items", $"first: 2, after: \"{cursor}\"");

        Assert.Equal($"The cursor \"{cursor}\" given to argument \"after\" of field \"Query.items\" is not valid: {problem}.", error.Message);
        Assert.Equal(PagingErrorCodes.InvalidCursor, error.Code);
        Assert.Equal("after", error.Extensions!["argument"]);
        Assert.Equal("Query.items", error.Extensions["coordinate"]);
    }

    [Theory]
    [InlineData("recent", "items")]
    [InlineData("items", "unordered")]
    [InlineData("words", "items")]
    [InlineData("items", "words")]
    public async Task ACursorOfAnotherOrderOrConnectionIsRefused(string madeBy, string givenTo)
    {
        var made = await Runner.ConnectionAsync(madeBy, "first: 1", "edges { cursor }");
        var cursor = made.GetProperty("edges")[0].GetProperty("cursor").GetString();

        var error = await ErrorAsync(givenTo, $"first: 2, before: \"{cursor}\"", givenTo == "words" ? "nodes" : "nodes { id }");

        Assert.Equal(PagingErrorCodes.InvalidCursor, error.Code);
        Assert.Contains($"given to argument \"before\" of field \"Query.{givenTo}\" is not valid", error.Message);
    }

    [Fact]
    public async Task ACursorWhoseValueHasAnotherTypeIsRefused()
    {
        // Same signature as the offset cursors of "words", but a string where the index belongs.
        var made = await Runner.ConnectionAsync("words", "first: 1", "edges { cursor }");
        var bytes = Convert.FromBase64String(made.GetProperty("edges")[0].GetProperty("cursor").GetString()!);
        var forged = Convert.ToBase64String([.. bytes[..6], 1, 1, (byte)'x']);

        var error = await ErrorAsync("words", $"first: 1, after: \"{forged}\"", "nodes");

        Assert.Equal(PagingErrorCodes.InvalidCursor, error.Code);
        Assert.EndsWith("is not valid: its values do not fit this connection's order.", error.Message);
    }

    [Fact]
    public async Task APageWithoutACountCannotAnswerTotalCount()
    {
        var result = await Runner.RunAsync("{ uncounted(first: 1) { totalCount } }");

        Assert.Equal(ErrorCodes.UnexpectedError, Assert.Single(result.Errors).Code);
    }

    private async Task<GraphQLError> ErrorAsync(string field, string arguments, string selection = "nodes { id }")
    {
        var result = await Runner.RunAsync($"{{ {field}{(arguments.Length > 0 ? $"({arguments})" : "")} {{ {selection} }} }}");
        // Connection fields are non-null: the error nulls the whole data.
        Assert.Null(result.Data);
        return Assert.Single(result.Errors);
    }
}
