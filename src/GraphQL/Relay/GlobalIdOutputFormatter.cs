using System.Collections;
using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>
/// Wraps the resolver of an <c>[ID]</c> field (and the <c>id</c> of every node type) when global object
/// identification is on, so that raw ids leave as global ids of the given type; lists are formatted item by item.
/// </summary>
internal static class GlobalIdOutputFormatter
{
    public static FieldResolver Wrap(FieldResolver inner, string typeName) => context =>
    {
        var pending = inner(context);
        return pending.IsCompletedSuccessfully
            ? new ValueTask<object?>(Format(pending.Result, typeName))
            : FormatAsync(pending, typeName);
    };

    private static async ValueTask<object?> FormatAsync(ValueTask<object?> pending, string typeName) =>
        Format(await pending.ConfigureAwait(false), typeName);

    private static object? Format(object? value, string typeName) => value switch
    {
        null => null,
        IEnumerable list and not string => list.Cast<object?>().Select(item => Format(item, typeName)).ToArray(),
        _ => GlobalId.Format(typeName, value),
    };
}
