namespace GraphQL.Types;

/// <summary>Every name is a valid GraphQL name and does not start with <c>__</c>, which introspection reserves.</summary>
internal static class NameRules
{
    private static readonly HashSet<string> IntrospectionTypeNames =
    [
        "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation",
    ];

    /// <summary>
    /// Checks <paramref name="name"/>, carried by <paramref name="element"/> ("type", "field"…) at
    /// <paramref name="coordinate"/> (e.g. <c>Query.user(id:)</c>); <paramref name="allowIntrospection"/> admits
    /// the spec's introspection type names.
    /// </summary>
    public static void Validate(SchemaValidationContext context, string name, string element, string coordinate, bool allowIntrospection = false)
    {
        if (!IsValidName(name))
        {
            context.Report($"The name of {element} \"{coordinate}\" is not a valid GraphQL name: "
                + "use letters, digits and underscores, not starting with a digit.");
        }
        else if (name.StartsWith("__", StringComparison.Ordinal) && !(allowIntrospection && IntrospectionTypeNames.Contains(name)))
        {
            context.Report($"The name of {element} \"{coordinate}\" must not begin with \"__\", which is reserved for introspection.");
        }
    }

    private static bool IsValidName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }
}
