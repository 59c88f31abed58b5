using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Validation;

/// <summary>Resolves type references written in a document against a schema.</summary>
internal static class SchemaTypeReferences
{
    /// <summary>The schema type a reference such as <c>[String!]</c> denotes; null when its named type is unknown.</summary>
    public static IType? TypeFromAst(this Schema schema, ITypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.FindType(named.Name.Value),
        ListTypeNode list => schema.TypeFromAst(list.Type) is { } itemType ? new ListType(itemType) : null,
        NonNullTypeNode nonNull => schema.TypeFromAst(nonNull.Type) is { } nullableType ? new NonNullType(nullableType) : null,
        _ => null,
    };
}
