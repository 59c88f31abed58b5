using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>Type references written in a document or in SDL (<c>[String!]</c>, type conditions) read against a schema's types.</summary>
internal static class TypeReferences
{
    /// <summary>
    /// The type <paramref name="node"/> denotes: the named type <paramref name="findNamedType"/> gives, wrapped in the
    /// reference's lists and non-nulls; null when it gives none.
    /// </summary>
    public static IType? FromAst(ITypeNode node, Func<string, NamedType?> findNamedType) => node switch
    {
        NamedTypeNode named => findNamedType(named.Name.Value),
        ListTypeNode list => FromAst(list.Type, findNamedType) is { } itemType ? new ListType(itemType) : null,
        NonNullTypeNode nonNull => FromAst(nonNull.Type, findNamedType) is { } nullableType ? new NonNullType(nullableType) : null,
        _ => null,
    };

    /// <summary>The schema type a reference such as <c>[String!]</c> denotes; null when its named type is unknown.</summary>
    public static IType? TypeFromAst(this Schema schema, ITypeNode node) => FromAst(node, schema.FindType);

    /// <summary>
    /// Spec DoesFragmentTypeApply: whether a fragment with <paramref name="typeCondition"/> (none: always) applies to
    /// objects of <paramref name="objectType"/>.
    /// </summary>
    public static bool DoesFragmentTypeApply(this Schema schema, ObjectType objectType, NamedTypeNode? typeCondition) =>
        typeCondition is null ||
        (schema.FindType(typeCondition.Name.Value) is { } fragmentType && schema.IsSubType(fragmentType, objectType));
}
