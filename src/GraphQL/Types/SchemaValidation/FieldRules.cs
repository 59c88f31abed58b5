namespace GraphQL.Types;

/// <summary>Objects and interfaces have fields; field types are output types; arguments follow the input value rules.</summary>
internal static class FieldRules
{
    public static void Validate(SchemaValidationContext context, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"{Capitalized(type)} \"{type.Name}\" must define one or more fields.");
        }
        foreach (var field in type.Fields)
        {
            var coordinate = SchemaCoordinates.Field(type, field);
            NameRules.Validate(context, field.Name, "field", coordinate);
            if (context.CheckTypeReference(field.Type, $"field \"{coordinate}\"") && !field.Type.IsOutputType())
            {
                context.Report($"The type of field \"{coordinate}\" must be an output type, "
                    + $"but \"{field.Type.NamedType().Name}\" is an input object type.");
            }
            foreach (var argument in field.Arguments)
            {
                InputValueRules.Validate(context, argument, "argument", SchemaCoordinates.Argument(type, field, argument));
            }
        }
    }

    private static string Capitalized(ComplexType type) => type is ObjectType ? "Object type" : "Interface type";
}
