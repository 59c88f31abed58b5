namespace GraphQL.Types;

/// <summary>
/// What the code around an SDL schema binds to it by name: resolvers, subscribers, type resolvers and runtime types.
/// Applying them to the built types reports every binding whose type or field does not exist.
/// </summary>
internal sealed class SdlBindings
{
    public Dictionary<(string Type, string Field), FieldResolver> Resolvers { get; } = [];

    public Dictionary<(string Type, string Field), SubscribeResolver> Subscribers { get; } = [];

    public Dictionary<string, TypeResolver> TypeResolvers { get; } = [];

    public Dictionary<string, Type> RuntimeTypes { get; } = [];

    public void ApplyTo(NamedCollection<NamedType> types, ObjectType? subscriptionType, List<string> errors)
    {
        foreach (var ((typeName, fieldName), resolver) in Resolvers)
        {
            if (FindField(types, typeName, fieldName, "a resolver", errors) is { } field)
            {
                field.Resolver = resolver;
            }
        }
        foreach (var ((typeName, fieldName), subscriber) in Subscribers)
        {
            if (FindField(types, typeName, fieldName, "a subscriber", errors) is not { } field)
            {
                continue;
            }
            if (subscriptionType?.Name != typeName)
            {
                errors.Add($"Cannot bind a subscriber to \"{typeName}.{fieldName}\": \"{typeName}\" is not the subscription root type.");
                continue;
            }
            field.Subscriber = subscriber;
        }
        foreach (var (typeName, resolver) in TypeResolvers)
        {
            ApplyTypeResolver(types.Find(typeName), typeName, resolver, errors);
        }
        foreach (var (typeName, runtimeType) in RuntimeTypes)
        {
            CheckRuntimeType(types.Find(typeName), typeName, runtimeType, errors);
        }
    }

    private static OutputField? FindField(NamedCollection<NamedType> types, string typeName, string fieldName, string what, List<string> errors)
    {
        var type = types.Find(typeName);
        if (type is ObjectType objectType && objectType.Fields.Find(fieldName) is { } field)
        {
            return field;
        }
        var problem = type switch
        {
            null => $"there is no type named \"{typeName}\".",
            ObjectType => $"type \"{typeName}\" has no field \"{fieldName}\".",
            _ => $"\"{typeName}\" is {TypeKindNames.WithArticle(type.Kind)}; resolvers are bound to fields of object types.",
        };
        errors.Add($"Cannot bind {what} to \"{typeName}.{fieldName}\": {problem}");
        return null;
    }

    private static void ApplyTypeResolver(NamedType? type, string typeName, TypeResolver resolver, List<string> errors)
    {
        switch (type)
        {
            case InterfaceType interfaceType:
                interfaceType.ResolveType = resolver;
                break;
            case UnionType union:
                union.ResolveType = resolver;
                break;
            case null:
                errors.Add($"Cannot bind a type resolver to \"{typeName}\": there is no type named \"{typeName}\".");
                break;
            default:
                errors.Add($"Cannot bind a type resolver to \"{typeName}\": it is {TypeKindNames.WithArticle(type.Kind)}; "
                    + "type resolvers are bound to interfaces and unions.");
                break;
        }
    }

    /// <summary>Checks a runtime type binding; the type factory has already put it on the types it built.</summary>
    private static void CheckRuntimeType(NamedType? type, string typeName, Type runtimeType, List<string> errors)
    {
        var problem = type switch
        {
            null => $"there is no type named \"{typeName}\".",
            ScalarType => $"\"{typeName}\" is a scalar type; register a ScalarType with AddScalar instead.",
            EnumType when !runtimeType.IsEnum => $"\"{typeName}\" is an enum type, but {runtimeType.FullName} is not a CLR enum.",
            _ => null,
        };
        if (problem is not null)
        {
            errors.Add($"Cannot bind the runtime type {runtimeType.FullName} to \"{typeName}\": {problem}");
        }
    }
}
