namespace GraphQL.Types;

/// <summary>Where a directive may appear (spec 3.13), named as introspection's <c>__DirectiveLocation</c>.</summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
}

public static class DirectiveLocationNames
{
    /// <summary>The GraphQL spelling, e.g. <c>FIELD_DEFINITION</c>.</summary>
    public static string ToGraphQLName(this DirectiveLocation location) => NameConventions.ToEnumValueName(location.ToString());

    public static bool TryParse(string name, out DirectiveLocation location)
    {
        foreach (var candidate in Enum.GetValues<DirectiveLocation>())
        {
            if (candidate.ToGraphQLName() == name)
            {
                location = candidate;
                return true;
            }
        }
        location = default;
        return false;
    }

    public static bool IsExecutable(this DirectiveLocation location) => location <= DirectiveLocation.VariableDefinition;
}
