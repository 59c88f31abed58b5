namespace GraphQL.Types;

/// <summary>A type reference: a named type, or a list or non-null wrapper around one.</summary>
public interface IType
{
    TypeKind Kind { get; }
}

/// <summary>A list of the inner type.</summary>
public sealed class ListType(IType ofType) : IType
{
    public TypeKind Kind => TypeKind.List;
    public IType OfType { get; } = ofType;
    public override string ToString() => $"[{OfType}]";
}

/// <summary>The non-null form of a nullable type (a named type or a list).</summary>
public sealed class NonNullType : IType
{
    public NonNullType(IType ofType)
    {
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(ofType));
        }
        OfType = ofType;
    }

    public TypeKind Kind => TypeKind.NonNull;
    public IType OfType { get; }
    public override string ToString() => $"{OfType}!";
}

public static class TypeExtensions
{
    /// <summary>The named type at the core of any wrapping.</summary>
    public static NamedType NamedType(this IType type) => type switch
    {
        NamedType named => named,
        ListType list => list.OfType.NamedType(),
        NonNullType nonNull => nonNull.OfType.NamedType(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The type without its outer non-null wrapper, if any.</summary>
    public static IType Nullable(this IType type) => type is NonNullType nonNull ? nonNull.OfType : type;

    public static bool IsNonNull(this IType type) => type is NonNullType;

    public static bool IsListType(this IType type) => type.Nullable() is ListType;

    /// <summary>Scalars, enums and input objects, and wrappers of them (spec: IsInputType).</summary>
    public static bool IsInputType(this IType type) =>
        type.NamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Scalars, objects, interfaces, unions and enums, and wrappers of them (spec: IsOutputType).</summary>
    public static bool IsOutputType(this IType type) =>
        type.NamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    public static bool IsLeafType(this IType type) => type.NamedType() is ScalarType or EnumType;

    public static bool IsCompositeType(this IType type) => type is ObjectType or InterfaceType or UnionType;

    public static bool IsAbstractType(this IType type) => type is InterfaceType or UnionType;

    /// <summary>Structural equality of type references (named types compare by name).</summary>
    public static bool IsEqualTo(this IType type, IType other) => (type, other) switch
    {
        (NamedType a, NamedType b) => a.Name == b.Name,
        (ListType a, ListType b) => a.OfType.IsEqualTo(b.OfType),
        (NonNullType a, NonNullType b) => a.OfType.IsEqualTo(b.OfType),
        _ => false,
    };

    /// <summary>The type as GraphQL writes it, e.g. <c>[String!]!</c>.</summary>
    public static string Print(this IType type) => type switch
    {
        NamedType named => named.Name,
        ListType list => $"[{list.OfType.Print()}]",
        NonNullType nonNull => $"{nonNull.OfType.Print()}!",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
