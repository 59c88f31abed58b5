using GraphQL.Execution;

namespace GraphQL.Language;

/// <summary>
/// Thrown when a document does not follow the GraphQL grammar or breaks a <see cref="ParserOptions"/> limit.
/// The message starts with <c>Syntax Error:</c> and says what was expected and what was found.
/// </summary>
public sealed class SyntaxException : Exception
{
    /// <summary>HotChocolate's error code for syntax errors, used as <c>extensions.code</c>.</summary>
    public const string ErrorCode = "HC0011";

    public SyntaxException(string description, Location location)
        : base("Syntax Error: " + description)
    {
        Location = location;
    }

    /// <summary>Where the error is: <see cref="Location.Start"/> is the offset, with its 1-based line and column.</summary>
    public Location Location { get; }

    /// <summary>The error as it goes into a response: the message, its location and <c>extensions.code</c>.</summary>
    public GraphQLError ToError() =>
        new(Message, [Location], extensions: ErrorCodes.Extensions(ErrorCode));
}
