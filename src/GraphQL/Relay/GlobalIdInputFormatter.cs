using GraphQL.Execution;

namespace GraphQL.Relay;

/// <summary>
/// The <see cref="Types.InputField.Formatter"/> of an <c>[ID]</c> argument or input field when global object
/// identification is on: each global id (alone or in lists) becomes its raw id of the parameter's CLR type, and an id
/// of another type than the expected one (when one is expected) is refused with HotChocolate's message.
/// </summary>
internal static class GlobalIdInputFormatter
{
    /// <param name="expectedTypeName">The type the ids must name; null accepts ids of any type.</param>
    /// <param name="runtimeType">The raw id's CLR type: string, short, int, long or Guid.</param>
    public static Func<object, object> Create(string? expectedTypeName, Type runtimeType) =>
        value => Format(value, expectedTypeName, runtimeType);

    private static object Format(object value, string? expectedTypeName, Type runtimeType)
    {
        if (value is not object?[] list)
        {
            return ParseOne(value, expectedTypeName, runtimeType);
        }
        var raw = new object?[list.Length];
        for (var i = 0; i < list.Length; i++)
        {
            try
            {
                raw[i] = list[i] is { } item ? Format(item, expectedTypeName, runtimeType) : null;
            }
            catch (InvalidInputException error)
            {
                throw error.Inside(i);
            }
        }
        return raw;
    }

    private static object ParseOne(object value, string? expectedTypeName, Type runtimeType)
    {
        var formattedId = (string)value;
        try
        {
            // The type name is checked before the value is read: an id of another type says so, whatever its value.
            return GlobalId.Parse(formattedId, typeName => expectedTypeName is null || string.Equals(typeName, expectedTypeName, StringComparison.Ordinal)
                ? runtimeType
                : throw new InvalidInputException(
                    $"The node id type name `{typeName}` does not match the expected type name `{expectedTypeName}`.", formattedId))
                .InternalId;
        }
        catch (InvalidNodeIdException error)
        {
            throw new InvalidInputException(error.Message, formattedId);
        }
    }
}
