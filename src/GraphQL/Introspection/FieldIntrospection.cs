using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary><c>__Field</c>: its parent value is an <see cref="OutputField"/> of an object or interface type.</summary>
internal static class FieldIntrospection
{
    public static void Define(ObjectType fieldType, ObjectType typeType, ObjectType inputValueType)
    {
        fieldType.Description =
            "A field of an object or interface type: its name, its arguments and the type of its value.";
        var fields = fieldType.Fields;
        fields.Add(new OutputField("name", new NonNullType(BuiltInScalars.String))
        {
            Resolver = IntrospectionResolvers.Read<OutputField>(field => field.Name),
        });
        fields.Add(new OutputField("description", BuiltInScalars.String)
        {
            Resolver = IntrospectionResolvers.Read<OutputField>(field => field.Description),
        });
        fields.Add(new OutputField("args", TypeRefs.NonNullListOf(inputValueType))
        {
            Description = "The arguments the field takes.",
            Arguments = { IntrospectionResolvers.IncludeDeprecatedArgument() },
            Resolver = IntrospectionResolvers.ReadFiltered<OutputField, InputField>(
                field => field.Arguments, argument => argument.IsDeprecated),
        });
        fields.Add(new OutputField("type", new NonNullType(typeType))
        {
            Description = "The type of the field's value.",
            Resolver = IntrospectionResolvers.Read<OutputField>(field => field.Type),
        });
        fields.Add(new OutputField("isDeprecated", new NonNullType(BuiltInScalars.Boolean))
        {
            Resolver = IntrospectionResolvers.Flag<OutputField>(field => field.IsDeprecated),
        });
        fields.Add(new OutputField("deprecationReason", BuiltInScalars.String)
        {
            Resolver = IntrospectionResolvers.Read<OutputField>(field => field.DeprecationReason),
        });
    }
}
