using GraphQL.Types;

namespace GraphQL.Introspection;

/// <summary><c>__DirectiveLocation</c>: its runtime values are the members of <see cref="DirectiveLocation"/>.</summary>
internal static class DirectiveLocationIntrospection
{
    private static readonly Dictionary<DirectiveLocation, string> Places = new()
    {
        [DirectiveLocation.Query] = "a query operation",
        [DirectiveLocation.Mutation] = "a mutation operation",
        [DirectiveLocation.Subscription] = "a subscription operation",
        [DirectiveLocation.Field] = "a field in a selection set",
        [DirectiveLocation.FragmentDefinition] = "a fragment definition",
        [DirectiveLocation.FragmentSpread] = "a fragment spread",
        [DirectiveLocation.InlineFragment] = "an inline fragment",
        [DirectiveLocation.VariableDefinition] = "a variable definition of an operation",
        [DirectiveLocation.Schema] = "the schema definition",
        [DirectiveLocation.Scalar] = "a scalar definition",
        [DirectiveLocation.Object] = "an object type definition",
        [DirectiveLocation.FieldDefinition] = "a field definition",
        [DirectiveLocation.ArgumentDefinition] = "an argument definition",
        [DirectiveLocation.Interface] = "an interface definition",
        [DirectiveLocation.Union] = "a union definition",
        [DirectiveLocation.Enum] = "an enum definition",
        [DirectiveLocation.EnumValue] = "an enum value definition",
        [DirectiveLocation.InputObject] = "an input object type definition",
        [DirectiveLocation.InputFieldDefinition] = "an input object field definition",
    };

    public static EnumType Create() => IntrospectionResolvers.EnumOf<DirectiveLocation>(
        "__DirectiveLocation",
        "The places in a document or a schema where a directive can be applied.",
        location => location.ToGraphQLName(),
        location => "On " + Places[location] + ".");
}
