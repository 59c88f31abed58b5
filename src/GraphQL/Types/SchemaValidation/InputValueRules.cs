namespace GraphQL.Types;

/// <summary>
/// Rules shared by field arguments, directive arguments and input object fields: a valid name, an input type that
/// belongs to the schema, and no deprecation when the value is required (non-null without a default).
/// </summary>
internal static class InputValueRules
{
    /// <summary>Checks one input value; <paramref name="element"/> is "argument", "directive argument" or "input field".</summary>
    public static void Validate(SchemaValidationContext context, InputField value, string element, string coordinate)
    {
        NameRules.Validate(context, value.Name, element, coordinate);
        if (context.CheckTypeReference(value.Type, $"{element} \"{coordinate}\"") && !value.Type.IsInputType())
        {
            var named = value.Type.NamedType();
            context.Report($"The type of {element} \"{coordinate}\" must be an input type, "
                + $"but \"{named.Name}\" is {TypeKindNames.WithArticle(named.Kind)}.");
        }
        if (value.IsDeprecated && value.IsRequired)
        {
            context.Report($"Required {element} \"{coordinate}\" cannot be deprecated; make it nullable or give it a default value first.");
        }
    }
}
