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
        IntrospectionResolvers.AddNameAndDescription<OutputField>(fields, field => field.Name, field => field.Description);
        fields.Add(IntrospectionResolvers.FilteredList<OutputField, InputField>(
            "args", TypeRefs.NonNullListOf(inputValueType), "The arguments the field takes.",
            field => field.Arguments, argument => argument.IsDeprecated));
        fields.Add(new OutputField("type", new NonNullType(typeType))
        {
            Description = "The type of the field's value.",
            Resolver = IntrospectionResolvers.Read<OutputField>(field => field.Type),
        });
        IntrospectionResolvers.AddDeprecation<OutputField>(fields, field => field.DeprecationReason);
    }
}
