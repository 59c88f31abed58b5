using System.Text;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// An input value (variable or argument) could not be coerced. Thrown where the coercion failed; each list or
/// input object level it passes through adds its segment to <see cref="PathSegments"/> on the way out, so the
/// success path pays nothing for paths.
/// </summary>
internal sealed class InvalidInputException(string message, object? invalidValue, string code = ErrorCodes.InvalidValue) : Exception(message)
{
    private readonly List<object> _reversedPath = [];

    /// <summary>The value that failed: an external value (from JSON) or a literal node.</summary>
    public object? InvalidValue { get; } = invalidValue;

    public string Code { get; } = code;

    /// <summary>Field names and list indices from the coerced value down to the failure.</summary>
    public IEnumerable<object> PathSegments => Enumerable.Reverse(_reversedPath);

    public bool HasPath => _reversedPath.Count > 0;

    /// <summary>Records the list index or input field the failure is inside; outer levels call this last.</summary>
    public InvalidInputException Inside(object segment)
    {
        _reversedPath.Add(segment);
        return this;
    }

    /// <summary>The path written as in a document, starting at <paramref name="root"/>: <c>input.ids[1]</c>.</summary>
    public string FormatPath(string root)
    {
        var text = new StringBuilder(root);
        foreach (var segment in PathSegments)
        {
            if (segment is int index)
            {
                text.Append('[').Append(index).Append(']');
            }
            else
            {
                text.Append('.').Append(segment);
            }
        }
        return text.ToString();
    }

    /// <summary>The offending value as the client wrote it: JSON for variable values, GraphQL for literals.</summary>
    public string FormatInvalidValue() => ValueDisplay.Of(InvalidValue);
}
