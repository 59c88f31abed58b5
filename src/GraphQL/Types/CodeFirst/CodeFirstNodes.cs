using System.Reflection;
using GraphQL.Relay;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Global object identification for a code-first build: the <c>[Node]</c> types, their <c>id</c> fields as <c>ID!</c>,
/// their <c>[NodeResolver]</c> methods compiled once, and the <c>Node</c> interface and fields (<see cref="NodeSchema"/>).
/// </summary>
internal static class CodeFirstNodes
{
    private const string ResolverHint =
        "add a public static method marked [NodeResolver] to its class or an [ObjectType<T>] class extending it, taking the raw id.";

    public static void Complete(BuildContext context, ObjectType query)
    {
        if (context.GlobalIds is not { } options)
        {
            foreach (var (type, _) in context.NodeTypes)
            {
                context.ReportError(
                    $"The type '{type.Name}' is marked [Node], but global object identification is off; call AddGlobalObjectIdentification() on the schema builder.");
            }
            return;
        }
        var node = NodeSchema.FindOrAddInterface(context.Registry.Find, type => context.Registry.Add(type, clrType: null), context.ReportError);
        if (node is null)
        {
            return;
        }
        var nodeTypes = new List<NodeSchema.NodeType>();
        foreach (var (type, clrType) in context.NodeTypes)
        {
            if (type.Fields.Find(NodeSchema.IdField) is { } id)
            {
                id.Type = new NonNullType(context.Types.UseScalar(BuiltInScalars.ID));
            }
            NodeResolverInfo? resolver = null;
            context.Try(() => resolver = FindResolver(context, type, clrType));
            nodeTypes.Add(new NodeSchema.NodeType(type, resolver));
        }
        NodeSchema.Complete(node, query, nodeTypes, options, DefaultFieldResolver.Resolve, ResolverHint, context.ReportError);
    }

    private static NodeResolverInfo? FindResolver(BuildContext context, ObjectType type, Type clrType)
    {
        var methods = new[] { clrType }.Concat(context.Extensions[clrType])
            .SelectMany(owner => owner.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(NodeResolverAttribute), inherit: false))
            .ToList();
        if (methods.Count > 1)
        {
            throw new CodeFirstException(
                $"The type '{type.Name}' has more than one [NodeResolver]: {string.Join(", ", methods.Select(m => CodeFirstException.Describe(m)))}; keep one.");
        }
        return methods.Count == 0 ? null : Compile(context, methods[0]);
    }

    private static NodeResolverInfo Compile(BuildContext context, MethodInfo method)
    {
        var subject = "The node resolver " + CodeFirstException.Describe(method);
        var parameters = method.GetParameters().Select(p => ParameterBinding.Of(p, context.Nullability)).ToList();
        var ids = parameters.Where(p => p.Source == ParameterSource.Argument).ToList();
        if (ids.Count != 1)
        {
            throw new CodeFirstException(
                $"{subject} must take exactly one parameter that is not injected, the raw id; it takes {ids.Count}.");
        }
        var idType = ids[0].Shape.LeafType;
        if (ids[0].Shape.Element is not null || !GlobalId.IsSupportedIdType(idType))
        {
            throw new CodeFirstException(
                $"{subject} takes its id as '{CodeFirstException.Describe(ids[0].Parameter.ParameterType)}'; raw ids are string, short, int, long or Guid.");
        }
        var result = MemberResult.Of(method.ReturnType, context.Nullability.Create(method.ReturnParameter));
        if (result.Kind == ResultKind.None || result.IsStream)
        {
            throw new CodeFirstException($"{subject} must return the object (possibly in a Task or ValueTask), or null when there is none.");
        }
        var resolver = ResolverCompiler.CompileResolver(method, ResolverTarget.Static, classInstance: null, parameters, result);
        return new NodeResolverInfo(idType, SchemaConventions.ArgumentName(ids[0].Parameter), resolver);
    }
}
