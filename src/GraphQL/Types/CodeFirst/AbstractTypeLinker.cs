namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Connects abstract types to their possible types by CLR type once every type is known: an object or interface
/// type implements each GraphQL interface its CLR type implements (or derives from), and a union's members are
/// the object types whose CLR types implement (or derive from) the union's.
/// </summary>
internal static class AbstractTypeLinker
{
    public static void Link(IReadOnlyList<NamedType> types)
    {
        var interfaces = types.OfType<InterfaceType>().Where(i => i.RuntimeType is not null).ToList();
        var objects = types.OfType<ObjectType>().Where(o => o.RuntimeType is not null).ToList();
        foreach (var objectType in objects)
        {
            objectType.Interfaces.AddRange(interfaces.Where(i => Implements(objectType.RuntimeType!, i.RuntimeType!)));
        }
        foreach (var interfaceType in interfaces)
        {
            interfaceType.Interfaces.AddRange(interfaces.Where(i => i != interfaceType && Implements(interfaceType.RuntimeType!, i.RuntimeType!)));
        }
        foreach (var union in types.OfType<UnionType>())
        {
            union.Types.AddRange(objects.Where(o => Implements(o.RuntimeType!, union.RuntimeType!)));
        }
    }

    /// <summary>
    /// The concrete classes among <paramref name="candidates"/> that implement an interface or union of
    /// <paramref name="types"/> and have no object type yet.
    /// </summary>
    public static IEnumerable<Type> MissingImplementations(IReadOnlyList<NamedType> types, IEnumerable<Type> candidates, TypeRegistry registry)
    {
        var abstractTypes = types
            .Select(t => t switch { InterfaceType i => i.RuntimeType, UnionType u => u.RuntimeType, _ => null })
            .OfType<Type>()
            .ToList();
        return candidates.Where(candidate =>
            candidate is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } &&
            !registry.TryGet(candidate, isInput: false, out _) &&
            abstractTypes.Any(abstractType => Implements(candidate, abstractType)));
    }

    private static bool Implements(Type clrType, Type abstractType) => clrType != abstractType && abstractType.IsAssignableFrom(clrType);
}
