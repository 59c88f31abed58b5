using GraphQL.Types;

namespace GraphQL.Data;

/// <summary>The schema's types as a code-first field middleware sees them.</summary>
internal sealed class MiddlewareTypeSource(FieldMiddlewareContext context) : IDataTypeSource
{
    public string TypeName(Type clrType) => context.OutputTypeOf(clrType).Name;

    public NamedType? LeafType(Type clrType) => context.OutputTypeOf(clrType) is var type and (ScalarType or EnumType) ? type : null;

    public TType GetOrAdd<TType>(string name, Func<TType> create) where TType : NamedType => context.GetOrAddType(name, create);
}
