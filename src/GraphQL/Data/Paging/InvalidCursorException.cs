using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>
/// A cursor given to <c>after</c> or <c>before</c> is malformed, or was made by a connection over another type or
/// with another order. A client error (code <see cref="PagingErrorCodes.InvalidCursor"/>); the paging middleware
/// names the field.
/// </summary>
public sealed class InvalidCursorException : GraphQLException
{
    internal InvalidCursorException(string argument, string cursor, string problem, string? coordinate = null)
        : base(new GraphQLError(
            $"The cursor \"{Shorten(cursor)}\" given to argument \"{argument}\"{(coordinate is null ? "" : $" of field \"{coordinate}\"")} is not valid: {problem}.",
            extensions: Extensions(argument, coordinate)))
    {
        Argument = argument;
        Cursor = cursor;
        Problem = problem;
    }

    public string Argument { get; }

    public string Cursor { get; }

    public string Problem { get; }

    /// <summary>The same error naming the field it was given to.</summary>
    internal InvalidCursorException ForField(string coordinate) => new(Argument, Cursor, Problem, coordinate);

    private static Dictionary<string, object?> Extensions(string argument, string? coordinate)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = PagingErrorCodes.InvalidCursor, ["argument"] = argument };
        if (coordinate is not null)
        {
            extensions["coordinate"] = coordinate;
        }
        return extensions;
    }

    private static string Shorten(string cursor) => cursor.Length <= 64 ? cursor : cursor[..61] + "...";
}
