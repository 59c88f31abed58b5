using GraphQL.Execution;

namespace GraphQL.Relay;

/// <summary>
/// A string that is not a global id this schema can read: not base64, no type name, or a value that does not fit
/// the id type of the type it names. HotChocolate's message, with code <c>HC0016</c> (an invalid value).
/// </summary>
public sealed class InvalidNodeIdException(string formattedId)
    : GraphQLException(new GraphQLError(
        Text,
        extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.InvalidValue, ["originalValue"] = formattedId }))
{
    /// <summary>The message clients see.</summary>
    public const string Text = "The node ID string has an invalid format.";

    /// <summary>The string that could not be read.</summary>
    public string FormattedId { get; } = formattedId;
}
