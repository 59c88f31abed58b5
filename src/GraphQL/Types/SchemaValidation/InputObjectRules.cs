namespace GraphQL.Types;

/// <summary>
/// An input object has one or more fields of input types (spec 3.10); a @oneOf input object's fields are nullable
/// and have no default value.
/// </summary>
internal static class InputObjectRules
{
    public static void Validate(SchemaValidationContext context, InputObjectType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Input object type \"{type.Name}\" must define one or more fields.");
        }
        foreach (var field in type.Fields)
        {
            var coordinate = SchemaCoordinates.InputField(type, field);
            InputValueRules.Validate(context, field, "input field", coordinate);
            if (!type.IsOneOf)
            {
                continue;
            }
            if (field.Type.IsNonNull())
            {
                context.Report($"OneOf input field \"{coordinate}\" must be nullable.");
            }
            if (field.DefaultValue is not null)
            {
                context.Report($"OneOf input field \"{coordinate}\" cannot have a default value.");
            }
        }
    }
}
