using System.Reflection;
using GraphQL.Types.Conversion;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// A CLR type as GraphQL sees it: nullable or not, and either a list of an element shape or a leaf that names
/// the GraphQL type. Nullability comes from nullable reference type annotations and <see cref="Nullable{T}"/>;
/// references without annotations (oblivious code) are nullable.
/// </summary>
internal sealed class TypeShape
{
    private TypeShape(Type declaredType, bool isNullable, TypeShape? element)
    {
        DeclaredType = declaredType;
        IsNullable = isNullable;
        Element = element;
    }

    /// <summary>The CLR type as declared at this level, e.g. <c>List&lt;int?&gt;</c> or <c>int?</c>.</summary>
    public Type DeclaredType { get; }

    public bool IsNullable { get; }

    /// <summary>The shape of the elements when this is a list; null for a leaf.</summary>
    public TypeShape? Element { get; }

    /// <summary>The CLR type that names the GraphQL type: the innermost leaf, <see cref="Nullable{T}"/> unwrapped.</summary>
    public Type LeafType => Element?.LeafType ?? Nullable.GetUnderlyingType(DeclaredType) ?? DeclaredType;

    /// <param name="type">The declared CLR type.</param>
    /// <param name="nullability">Its nullability annotations; null when unknown.</param>
    /// <param name="state">The state that decides the top level (the write state for settable input properties).</param>
    public static TypeShape Of(Type type, NullabilityInfo? nullability, NullabilityState? state = null)
    {
        var isNullable = Nullable.GetUnderlyingType(type) is not null ||
            (!type.IsValueType && (state ?? nullability?.ReadState) != NullabilityState.NotNull);
        var element = FindListElement(type, nullability);
        return new TypeShape(type, isNullable, element is var (elementType, elementNullability)
            ? Of(elementType, elementNullability)
            : null);
    }

    /// <summary>This shape with its leaf replaced by <paramref name="named"/>, wrapped in lists and non-null as declared.</summary>
    public IType ToGraphQLType(NamedType named)
    {
        IType type = Element is null ? named : new ListType(Element.ToGraphQLType(named));
        return IsNullable ? type : new NonNullType(type);
    }

    private static (Type Element, NullabilityInfo? Nullability)? FindListElement(Type type, NullabilityInfo? nullability)
    {
        if (ClrCollections.ElementType(type) is not { } element)
        {
            return null;
        }
        if (type.IsArray)
        {
            return (element, nullability?.ElementType);
        }
        // The element's annotations are only known when it is one of the declared type's own type arguments.
        var index = type.IsGenericType ? Array.IndexOf(type.GenericTypeArguments, element) : -1;
        return (element, index >= 0 ? nullability?.GenericTypeArguments[index] : null);
    }
}
