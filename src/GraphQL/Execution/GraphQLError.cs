using GraphQL.Language;

namespace GraphQL.Execution;

/// <summary>
/// An error as the spec's response format has it (section 7.1.2): a message, the locations in the document,
/// the path in the result, and extensions (with <c>code</c> by convention).
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<Location>? locations = null,
        ResultPath? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? exception = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        Extensions = extensions;
        Exception = exception;
    }

    public string Message { get; }

    public IReadOnlyList<Location>? Locations { get; }

    public ResultPath? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception behind the error, for logging; never written to the response.</summary>
    public Exception? Exception { get; }

    public string? Code => Extensions?.GetValueOrDefault("code") as string;

    public GraphQLError WithCode(string code) => WithExtension("code", code);

    public GraphQLError WithExtension(string key, object? value)
    {
        var extensions = Extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(Extensions);
        extensions[key] = value;
        return new GraphQLError(Message, Locations, Path, extensions, Exception);
    }

    public GraphQLError WithPath(ResultPath? path) => new(Message, Locations, path, Extensions, Exception);

    public GraphQLError WithLocations(IReadOnlyList<Location>? locations) => new(Message, locations, Path, Extensions, Exception);

    public override string ToString() => Message;
}

/// <summary>An exception a resolver throws to report an error to the client as it is (not masked).</summary>
public class GraphQLException : Exception
{
    public GraphQLException(string message, string? code = null)
        : base(message)
    {
        Error = new GraphQLError(message, extensions: code is null ? null : new Dictionary<string, object?> { ["code"] = code });
    }

    public GraphQLException(GraphQLError error)
        : base(error.Message)
    {
        Error = error;
    }

    public GraphQLError Error { get; }
}
