using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>The __Schema, __Type… types. PLACEHOLDER: the introspection helper replaces this.</summary>
internal static class IntrospectionTypes
{
    public static void AddTo(NamedCollection<NamedType> types)
    {
    }
}
