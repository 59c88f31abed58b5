using GraphQL.Execution;

namespace GraphQL.Relay;

/// <summary>
/// The resolvers of <c>node(id:)</c> and <c>nodes(ids:)</c>: read the type name from each global id, run that type's
/// node resolver with the raw id, and answer null for an object that does not exist. Every node resolver of one
/// <c>nodes</c> selection starts before any is awaited, so their DataLoader loads go out as one batch per loader.
/// </summary>
internal sealed class NodeFieldResolvers(IReadOnlyDictionary<string, NodeResolverInfo> resolvers, GlobalObjectIdentificationOptions options)
{
    public const string IdArgument = "id";
    public const string IdsArgument = "ids";

    /// <summary><c>node(id:)</c>: the object, null when missing; an unreadable id or a type without resolver is a field error.</summary>
    public ValueTask<object?> ResolveNode(IResolverContext context) =>
        ResolveAsync(context, (string)context.Arguments[IdArgument]!, context.Path);

    /// <summary><c>nodes(ids:)</c>: one entry per id, in order; an id that cannot be resolved is null with an error at its index.</summary>
    public async ValueTask<object?> ResolveNodes(IResolverContext context)
    {
        var ids = (object?[])context.Arguments[IdsArgument]!;
        if (ids.Length > options.MaxAllowedNodeBatchSize)
        {
            throw new GraphQLException(
                $"The maximum number of nodes that can be fetched at once is {options.MaxAllowedNodeBatchSize}. " +
                $"This selection tried to fetch {ids.Length} nodes that exceeded the maximum allowed amount.",
                ErrorCodes.TooManyNodes);
        }
        var pending = new Task<object?>[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            pending[i] = ResolveItemAsync(context, (string)ids[i]!, i);
        }
        return await Task.WhenAll(pending).ConfigureAwait(false);
    }

    private async Task<object?> ResolveItemAsync(IResolverContext context, string id, int index)
    {
        var path = context.Path.Append(index);
        try
        {
            return await ResolveAsync(context, id, path).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
        {
            // The executor's masking (details only when enabled); contexts made elsewhere (tests) get the masked error.
            var error = context is FieldTask field
                ? field.ToError(exception)
                : new GraphQLError("Unexpected Execution Error", extensions: ErrorCodes.Extensions(ErrorCodes.UnexpectedError), exception: exception);
            context.ReportError(error.WithPath(path));
            return null;
        }
    }

    private ValueTask<object?> ResolveAsync(IResolverContext context, string id, Execution.ResultPath path)
    {
        var nodeId = GlobalId.Parse(id, typeName => resolvers.TryGetValue(typeName, out var info) ? info.IdRuntimeType : null);
        if (!resolvers.TryGetValue(nodeId.TypeName, out var resolver))
        {
            throw new GraphQLException($"There is no node resolver registered for type `{nodeId.TypeName}`.", ErrorCodes.InvalidValue);
        }
        return resolver.Resolver(new NodeResolverContext(context, resolver.IdArgumentName, nodeId.InternalId, path));
    }
}
