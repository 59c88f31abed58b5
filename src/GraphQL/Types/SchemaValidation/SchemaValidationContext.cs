namespace GraphQL.Types;

/// <summary>The schema under validation and the errors found so far.</summary>
internal sealed class SchemaValidationContext(Schema schema)
{
    public Schema Schema { get; } = schema;

    public List<string> Errors { get; } = [];

    public void Report(string message) => Errors.Add(message);

    /// <summary>
    /// Checks that the named type at the core of <paramref name="type"/> is the schema's own type of that name, so
    /// that every name stands for exactly one type; false (after reporting) when it is not.
    /// </summary>
    public bool CheckTypeReference(IType type, string usedBy)
    {
        var named = type.NamedType();
        var known = Schema.Types.Find(named.Name);
        if (ReferenceEquals(known, named))
        {
            return true;
        }
        Report(known is null
            ? $"Type \"{named.Name}\" used by {usedBy} is not part of the schema."
            : $"{Capitalize(usedBy)} uses a different type named \"{named.Name}\" than the schema's own; a type name must stand for one type.");
        return false;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

/// <summary>How messages name the elements of a schema: the spec's schema coordinates.</summary>
internal static class SchemaCoordinates
{
    public static string Field(NamedType type, OutputField field) => $"{type.Name}.{field.Name}";

    public static string Argument(NamedType type, OutputField field, InputField argument) => $"{type.Name}.{field.Name}({argument.Name}:)";

    public static string InputField(InputObjectType type, InputField field) => $"{type.Name}.{field.Name}";

    public static string EnumValue(EnumType type, EnumValue value) => $"{type.Name}.{value.Name}";

    public static string Directive(DirectiveDefinition directive) => $"@{directive.Name}";

    public static string DirectiveArgument(DirectiveDefinition directive, InputField argument) => $"@{directive.Name}({argument.Name}:)";
}
