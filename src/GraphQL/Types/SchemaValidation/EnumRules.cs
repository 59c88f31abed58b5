namespace GraphQL.Types;

/// <summary>An enum has one or more values, none named <c>true</c>, <c>false</c> or <c>null</c> (spec 3.9).</summary>
internal static class EnumRules
{
    public static void Validate(SchemaValidationContext context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type \"{enumType.Name}\" must define one or more values.");
        }
        foreach (var value in enumType.Values)
        {
            var coordinate = SchemaCoordinates.EnumValue(enumType, value);
            NameRules.Validate(context, value.Name, "enum value", coordinate);
            if (value.Name is "true" or "false" or "null")
            {
                context.Report($"Enum value \"{coordinate}\" cannot be named true, false or null.");
            }
        }
    }
}
