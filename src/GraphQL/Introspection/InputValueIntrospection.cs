using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary><c>__InputValue</c>: its parent value is an <see cref="InputField"/> (an argument or an input object field).</summary>
internal static class InputValueIntrospection
{
    public static void Define(ObjectType inputValueType, ObjectType typeType)
    {
        inputValueType.Description =
            "An argument of a field or directive, or a field of an input object: its name, its type and its default value.";
        var fields = inputValueType.Fields;
        IntrospectionResolvers.AddNameAndDescription<InputField>(fields, input => input.Name, input => input.Description);
        fields.Add(new OutputField("type", new NonNullType(typeType))
        {
            Description = "The type of the input value.",
            Resolver = IntrospectionResolvers.Read<InputField>(input => input.Type),
        });
        fields.Add(new OutputField("defaultValue", BuiltInScalars.String)
        {
            Description = "The default value written as a GraphQL literal, or null when there is none.",
            Resolver = IntrospectionResolvers.Read<InputField>(
                input => input.DefaultValue is SyntaxNode literal ? Printer.Print(literal) : null),
        });
        IntrospectionResolvers.AddDeprecation<InputField>(fields, input => input.DeprecationReason);
    }
}
