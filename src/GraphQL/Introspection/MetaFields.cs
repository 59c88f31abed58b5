using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// The implicit fields: <c>__typename</c> on every composite type, <c>__schema</c> and <c>__type(name:)</c> on the
/// query root (spec 4.1). PLACEHOLDER for __schema/__type: the introspection helper completes this.
/// </summary>
public static class MetaFields
{
    public static OutputField TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ObjectType.Name),
    };

    /// <summary>The meta field of that name on <paramref name="parentType"/>, or null.</summary>
    public static OutputField? Find(Schema schema, NamedType parentType, string fieldName) => fieldName switch
    {
        "__typename" when parentType.IsCompositeType() => TypeName,
        _ => null,
    };
}
