using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// The implicit fields (spec 4.1): <c>__typename</c> on every composite type, <c>__schema</c> and
/// <c>__type(name:)</c> on the query root type only.
/// </summary>
public static class MetaFields
{
    public static OutputField TypeName { get; } = new("__typename", new NonNullType(BuiltInScalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolver = context => new ValueTask<object?>(context.ObjectType.Name),
    };

    public static OutputField Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema))
    {
        Description = "Describes the schema: its types, directives and root types.",
        Resolver = context => new ValueTask<object?>(context.Schema),
    };

    public static OutputField Type { get; } = CreateTypeField();

    /// <summary>The meta field of that name on <paramref name="parentType"/>, or null.</summary>
    public static OutputField? Find(Types.Schema schema, NamedType parentType, string fieldName) => fieldName switch
    {
        "__typename" when parentType.IsCompositeType() => TypeName,
        "__schema" when parentType == schema.QueryType => Schema,
        "__type" when parentType == schema.QueryType => Type,
        _ => null,
    };

    private static OutputField CreateTypeField()
    {
        var field = new OutputField("__type", IntrospectionTypes.Type)
        {
            Description = "The named type called `name`, or null when the schema has no such type.",
            Resolver = context => new ValueTask<object?>(
                context.Arguments.TryGetValue("name", out var name) && name is string typeName ? context.Schema.FindType(typeName) : null),
        };
        field.Arguments.Add(new InputField("name", new NonNullType(BuiltInScalars.String)) { Description = "The name of the type." });
        return field;
    }
}
