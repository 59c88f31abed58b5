using System.Collections.Frozen;
using GraphQL.Types;

namespace GraphQL.Relay;

/// <summary>
/// Global object identification added to a schema being built, by either builder: the <c>Node</c> interface (the
/// schema's own when it declares one), the node types implementing it with their <c>id</c> returning global ids, and
/// <c>node(id:)</c> and <c>nodes(ids:)</c> on the query type.
/// </summary>
internal static class NodeSchema
{
    public const string InterfaceName = "Node";
    public const string IdField = "id";

    /// <summary>Marks an output field whose resolver already returns global ids (in <see cref="OutputField.ContextData"/>).</summary>
    public const string GlobalIdKey = "GraphQL.Relay.GlobalId";

    /// <summary>The <c>Node</c> interface as SDL, for SDL-first schemas that use it without declaring it.</summary>
    public const string InterfaceSdl = $"\"{InterfaceDescription}\" interface {InterfaceName} {{ \"{IdDescription}\" {IdField}: ID! }}";

    private const string InterfaceDescription = "An object with a global id, which node(id:) fetches again.";
    private const string IdDescription = "The object's global id.";

    /// <summary>A node type and how to fetch it; <paramref name="Resolver"/> null when it has none (an error).</summary>
    public sealed record NodeType(ObjectType Type, NodeResolverInfo? Resolver);

    /// <summary>The schema's <c>Node</c> interface, made and added when it has none; null (and an error) when the name is taken.</summary>
    public static InterfaceType? FindOrAddInterface(Func<string, NamedType?> findType, Action<NamedType> addType, Action<string> reportError)
    {
        switch (findType(InterfaceName))
        {
            case InterfaceType existing:
                return existing;
            case { } other:
                reportError($"Global object identification needs the interface '{InterfaceName}', but the schema's type '{InterfaceName}' is of kind {other.Kind}.");
                return null;
        }
        var node = new InterfaceType(InterfaceName) { Description = InterfaceDescription };
        node.Fields.Add(new OutputField(IdField, new NonNullType(BuiltInScalars.ID)) { Description = IdDescription });
        addType(node);
        return node;
    }

    /// <summary>
    /// Makes each node type implement <paramref name="node"/> with its <c>id</c> returning global ids, and adds (or
    /// binds) <c>node</c> and <c>nodes</c> on <paramref name="query"/>.
    /// </summary>
    /// <param name="node">The schema's <c>Node</c> interface.</param>
    /// <param name="query">The query type.</param>
    /// <param name="nodeTypes">Every object type that is a node, with its resolver.</param>
    /// <param name="options">The limits of <c>nodes(ids:)</c>.</param>
    /// <param name="defaultResolver">The resolver of fields that have none (the id fields of SDL-first types).</param>
    /// <param name="missingResolverHint">Says how to give a node type its resolver, for the error.</param>
    /// <param name="reportError">Collects the build's errors.</param>
    public static void Complete(
        InterfaceType node,
        ObjectType query,
        IReadOnlyList<NodeType> nodeTypes,
        GlobalObjectIdentificationOptions options,
        FieldResolver defaultResolver,
        string missingResolverHint,
        Action<string> reportError)
    {
        var resolvers = new Dictionary<string, NodeResolverInfo>(StringComparer.Ordinal);
        foreach (var (type, resolver) in nodeTypes)
        {
            if (!type.Implements(node))
            {
                type.Interfaces.Add(node);
            }
            if (type.Fields.Find(IdField) is not { } id)
            {
                reportError($"The type '{type.Name}' implements Node but has no field '{IdField}', which node(id:) needs.");
                continue;
            }
            if (resolver is null)
            {
                reportError($"The type '{type.Name}' implements Node but has no node resolver to fetch it by id: {missingResolverHint}");
                continue;
            }
            if (!id.ContextData.ContainsKey(GlobalIdKey))
            {
                id.Resolver = GlobalIdOutputFormatter.Wrap(id.Resolver ?? defaultResolver, type.Name);
                id.ContextData[GlobalIdKey] = type.Name;
            }
            resolvers[type.Name] = resolver;
        }
        var fieldResolvers = new NodeFieldResolvers(resolvers.ToFrozenDictionary(StringComparer.Ordinal), options);
        AddOrBind(query, NodeField(node), fieldResolvers.ResolveNode, reportError);
        AddOrBind(query, NodesField(node), fieldResolvers.ResolveNodes, reportError);
    }

    private static OutputField NodeField(InterfaceType node)
    {
        var field = new OutputField("node", node) { Description = "The object with this global id; null when there is none." };
        field.Arguments.Add(new InputField(NodeFieldResolvers.IdArgument, new NonNullType(BuiltInScalars.ID)) { Description = "A global id." });
        return field;
    }

    private static OutputField NodesField(InterfaceType node)
    {
        var field = new OutputField("nodes", new NonNullType(new ListType(node)))
        {
            Description = "The objects with these global ids, in the same order; null for each one there is none of.",
        };
        field.Arguments.Add(new InputField(
            NodeFieldResolvers.IdsArgument, new NonNullType(new ListType(new NonNullType(BuiltInScalars.ID))))
        {
            Description = "Global ids.",
        });
        return field;
    }

    /// <summary>Adds the field, or, when the schema declares it (SDL-first) without a resolver, binds the resolver to it.</summary>
    private static void AddOrBind(ObjectType query, OutputField field, FieldResolver resolver, Action<string> reportError)
    {
        if (query.Fields.Find(field.Name) is not { } declared)
        {
            field.Resolver = resolver;
            query.Fields.Add(field);
        }
        else if (declared.Resolver is null)
        {
            declared.Resolver = resolver;
        }
        else
        {
            reportError($"The field '{query.Name}.{field.Name}' has a resolver of its own, but global object identification defines it.");
        }
    }
}
