using GraphQL.Types;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Data;

/// <summary>
/// The schema's types as a code-first field middleware sees them. <paramref name="namedByConvention"/>, the element
/// type an attribute was given explicitly, is named by the conventions without becoming an output type.
/// </summary>
internal sealed class MiddlewareTypeSource(FieldMiddlewareContext context, Type? namedByConvention = null) : IDataTypeSource
{
    public string TypeName(Type clrType) =>
        clrType == namedByConvention ? SchemaConventions.TypeName(clrType, isInput: false) : context.OutputTypeOf(clrType).Name;

    public NamedType? LeafType(Type clrType) => context.OutputTypeOf(clrType) is var type and (ScalarType or EnumType) ? type : null;

    public TType GetOrAdd<TType>(string name, Func<TType> create) where TType : NamedType => context.GetOrAddType(name, create);
}
