using GraphQL.Execution;

namespace GraphQL.Data;

/// <summary>Reads and validates <c>first</c>/<c>after</c>/<c>last</c>/<c>before</c> of a connection field, with HotChocolate's error codes.</summary>
internal static class PagingArgumentReader
{
    public static PagingArguments Read(IResolverContext context, PagingSettings settings, string coordinate)
    {
        var first = context.ArgumentValue<int?>("first");
        var last = context.ArgumentValue<int?>("last");
        EnsureNotNegative(first, "first", coordinate);
        EnsureNotNegative(last, "last", coordinate);
        if (first is not null && last is not null)
        {
            throw Error(
                $"Field \"{coordinate}\" takes \"first\" or \"last\", not both: page forwards with first/after, or backwards with last/before.",
                PagingErrorCodes.OneSlicingArgument, coordinate);
        }
        if (first is null && last is null)
        {
            if (settings.RequirePagingBoundaries)
            {
                throw Error(
                    $"You must provide a \"first\" or \"last\" value to page field \"{coordinate}\".",
                    PagingErrorCodes.NoPagingBoundaries, coordinate);
            }
            first = settings.DefaultPageSize;
        }
        var requested = (first ?? last)!.Value;
        if (requested > settings.MaxPageSize)
        {
            throw Error(
                $"The maximum allowed items per page were exceeded: field \"{coordinate}\" returns at most {settings.MaxPageSize} items per page, and {requested} were requested.",
                PagingErrorCodes.MaxPageSizeExceeded, coordinate,
                ("requestedItems", requested), ("maxAllowedItems", settings.MaxPageSize));
        }
        return new PagingArguments(first, context.ArgumentValue<string?>("after"), last, context.ArgumentValue<string?>("before"))
        {
            IncludeTotalCount = settings.IncludeTotalCount && context.IsSelected("totalCount"),
        };
    }

    private static void EnsureNotNegative(int? value, string argument, string coordinate)
    {
        if (value < 0)
        {
            throw Error(
                $"The requested number of values per page must be at least 0: argument \"{argument}\" of field \"{coordinate}\" is {value}.",
                PagingErrorCodes.MinPageSize, coordinate, ("requestedItems", value));
        }
    }

    private static GraphQLException Error(string message, string code, string coordinate, params (string Key, object? Value)[] extensions)
    {
        var data = new Dictionary<string, object?> { ["code"] = code, ["coordinate"] = coordinate };
        foreach (var (key, value) in extensions)
        {
            data[key] = value;
        }
        return new GraphQLException(new GraphQLError(message, extensions: data));
    }
}
