using System.Reflection;
using System.Runtime.CompilerServices;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Which members of a class become fields: public properties and public methods, except what exists for the
/// runtime rather than the API (members of <see cref="object"/>, compiler-generated record members, implementations
/// of framework interfaces such as <see cref="IEquatable{T}"/>, <c>Deconstruct</c>), members marked
/// <c>[GraphQLIgnore]</c>, and node resolvers (<c>[NodeResolver]</c>), which <c>node(id:)</c> calls instead. Properties come first, then methods, base types first, each in declaration order.
/// </summary>
internal static class FieldMembers
{
    private const BindingFlags Instance = BindingFlags.Public | BindingFlags.Instance;

    /// <summary>The instance members of an entity (object or interface type). Methods that return no value are helpers, not fields.</summary>
    public static IEnumerable<MemberInfo> OfEntity(Type type) => Find(type, Instance, skipMethodsWithoutValue: true);

    /// <summary>The static and instance members of a resolver class (root types and <c>[ObjectType&lt;T&gt;]</c> extensions).</summary>
    public static IEnumerable<MemberInfo> OfResolverClass(Type type) =>
        Find(type, Instance | BindingFlags.Static, skipMethodsWithoutValue: false);

    private static IEnumerable<MemberInfo> Find(Type type, BindingFlags flags, bool skipMethodsWithoutValue)
    {
        Type[] declaringTypes = type.IsInterface ? [type, .. type.GetInterfaces().Where(i => !SchemaConventions.IsFrameworkType(i))] : [type];
        var frameworkMethods = FrameworkInterfaceMethods(type);
        return declaringTypes
            .SelectMany(t => t.GetMembers(flags))
            .Where(member => member switch
            {
                PropertyInfo property => property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0,
                MethodInfo method => IsResolverMethod(method, frameworkMethods) && !(skipMethodsWithoutValue && ReturnsNoValue(method)),
                _ => false,
            })
            .Where(member => !SchemaConventions.IsIgnored(member) && !member.IsDefined(typeof(Relay.NodeResolverAttribute), inherit: false))
            .OrderBy(member => member is PropertyInfo ? 0 : 1)
            .ThenBy(member => Depth(member.DeclaringType!))
            .ThenBy(member => member.MetadataToken);
    }

    private static bool IsResolverMethod(MethodInfo method, HashSet<MethodInfo> frameworkMethods) =>
        !method.IsSpecialName &&
        !method.IsGenericMethodDefinition &&
        method.GetBaseDefinition().DeclaringType != typeof(object) &&
        method.Name != "Deconstruct" &&
        !method.Name.Contains('<') &&
        !method.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) &&
        !frameworkMethods.Contains(method);

    private static bool ReturnsNoValue(MethodInfo method) => MemberResult.IsNoValue(method.ReturnType);

    private static HashSet<MethodInfo> FrameworkInterfaceMethods(Type type)
    {
        if (type.IsInterface)
        {
            return [];
        }
        return type.GetInterfaces()
            .Where(SchemaConventions.IsFrameworkType)
            .SelectMany(i => type.GetInterfaceMap(i).TargetMethods)
            .ToHashSet();
    }

    /// <summary>Base classes (and base interfaces) before the types that derive from them.</summary>
    private static int Depth(Type type)
    {
        if (type.IsInterface)
        {
            return type.GetInterfaces().Length;
        }
        var depth = 0;
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            depth++;
        }
        return depth;
    }
}
