using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary>
/// The introspection types of spec section 4.2 (<c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>). They are the same
/// instances in every schema: their resolvers read the model objects they are given and
/// <see cref="Execution.IResolverContext.Schema"/>, never a particular schema.
/// </summary>
public static class IntrospectionTypes
{
    static IntrospectionTypes()
    {
        TypeKind = TypeKindIntrospection.Create();
        DirectiveLocation = DirectiveLocationIntrospection.Create();
        Schema = new ObjectType("__Schema");
        Type = new ObjectType("__Type");
        Field = new ObjectType("__Field");
        InputValue = new ObjectType("__InputValue");
        EnumValue = new ObjectType("__EnumValue");
        Directive = new ObjectType("__Directive");

        // The object types refer to each other, so they are created empty above and given their fields here.
        SchemaIntrospection.Define(Schema, Type, Directive);
        TypeIntrospection.Define(Type, TypeKind, Field, EnumValue, InputValue);
        FieldIntrospection.Define(Field, Type, InputValue);
        InputValueIntrospection.Define(InputValue, Type);
        EnumValueIntrospection.Define(EnumValue);
        DirectiveIntrospection.Define(Directive, DirectiveLocation, InputValue);

        All = [Schema, Type, TypeKind, Field, InputValue, EnumValue, Directive, DirectiveLocation];
    }

    public static ObjectType Schema { get; }

    public static ObjectType Type { get; }

    public static ObjectType Field { get; }

    public static ObjectType InputValue { get; }

    public static ObjectType EnumValue { get; }

    public static ObjectType Directive { get; }

    public static EnumType TypeKind { get; }

    public static EnumType DirectiveLocation { get; }

    /// <summary>Every introspection type, in the order the spec introduces them.</summary>
    public static IReadOnlyList<NamedType> All { get; }

    /// <summary>Whether the type is one of the introspection types (their names, and only theirs, start with <c>__</c>).</summary>
    public static bool IsIntrospectionType(NamedType type) => type.Name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>
    /// Adds the introspection types to a schema's types; <see cref="Types.Schema.Create"/> calls this. A type already
    /// there under one of their names is left alone: the type system rules reject such names anyway.
    /// </summary>
    public static void AddTo(NamedCollection<NamedType> types)
    {
        foreach (var type in All)
        {
            if (!types.Contains(type.Name))
            {
                types.Add(type);
            }
        }
    }
}
