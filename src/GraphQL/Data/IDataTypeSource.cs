using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>
/// What the filtering and sorting type factories need from the schema being built: the GraphQL name of an element
/// type, the scalar or enum a leaf CLR type maps to, and one shared instance of each named type they make.
/// </summary>
internal interface IDataTypeSource
{
    /// <summary>The GraphQL output type name of <paramref name="clrType"/> (<c>Post</c>, or its <c>[GraphQLName]</c>).</summary>
    string TypeName(Type clrType);

    /// <summary>The scalar or enum <paramref name="clrType"/> maps to; null when it maps to an object type.</summary>
    NamedType? LeafType(Type clrType);

    /// <summary>The type named <paramref name="name"/> when the schema has it already, else <paramref name="create"/>'s, added.</summary>
    TType GetOrAdd<TType>(string name, Func<TType> create) where TType : NamedType;
}
