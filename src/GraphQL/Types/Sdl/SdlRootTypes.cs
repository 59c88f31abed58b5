using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// The root operation types of SDL: those a <c>schema { ... }</c> definition and its extensions name, or else the
/// object types named Query, Mutation and Subscription.
/// </summary>
internal sealed class SdlRootTypes
{
    public ObjectType? Query { get; private init; }

    public ObjectType? Mutation { get; private init; }

    public ObjectType? Subscription { get; private init; }

    public static SdlRootTypes Resolve(SdlDefinitions definitions, NamedCollection<NamedType> types, List<string> errors)
    {
        var declared = new Dictionary<OperationType, string>();
        var operationTypes = (definitions.Schema?.OperationTypes ?? [])
            .Concat(definitions.SchemaExtensions.SelectMany(extension => extension.OperationTypes));
        foreach (var operationType in operationTypes)
        {
            if (!declared.TryAdd(operationType.Operation, operationType.Type.Name.Value))
            {
                errors.Add($"The {Name(operationType.Operation)} root operation type is declared more than once.");
            }
        }
        var isDeclared = definitions.Schema is not null || declared.Count > 0;

        ObjectType? Find(OperationType operation)
        {
            if (isDeclared && !declared.ContainsKey(operation))
            {
                return null;
            }
            var name = isDeclared ? declared[operation] : operation.ToString();
            switch (types.Find(name))
            {
                case ObjectType objectType:
                    return objectType;
                case null when isDeclared:
                    errors.Add($"The {Name(operation)} root operation type \"{name}\" is not defined.");
                    return null;
                case null:
                    return null;
                case var other:
                    errors.Add($"The {Name(operation)} root operation type \"{name}\" must be an object type, but it is {TypeKindNames.WithArticle(other.Kind)}.");
                    return null;
            }
        }

        var roots = new SdlRootTypes
        {
            Query = Find(OperationType.Query),
            Mutation = Find(OperationType.Mutation),
            Subscription = Find(OperationType.Subscription),
        };
        // A declared query type, or a type named Query, that is missing or not an object type was reported above.
        if (roots.Query is null && !declared.ContainsKey(OperationType.Query) && (isDeclared || !types.Contains("Query")))
        {
            errors.Add("The schema has no query root type: define an object type named \"Query\" or declare one with \"schema { query: ... }\".");
        }
        return roots;
    }

    private static string Name(OperationType operation) => operation.ToString().ToLowerInvariant();
}
