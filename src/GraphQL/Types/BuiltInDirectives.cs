using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>The directives every schema has (spec 3.13).</summary>
public static class BuiltInDirectives
{
    public const string DefaultDeprecationReason = "No longer supported";

    public static readonly DirectiveDefinition Skip = Conditional("skip", "Directs the executor to skip this field or fragment when the `if` argument is true.", "Skipped when true.");

    public static readonly DirectiveDefinition Include = Conditional("include", "Directs the executor to include this field or fragment only when the `if` argument is true.", "Included when true.");

    public static readonly DirectiveDefinition Deprecated = CreateDeprecated();

    public static readonly DirectiveDefinition SpecifiedBy = CreateSpecifiedBy();

    public static readonly DirectiveDefinition OneOf = new("oneOf")
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        IsBuiltIn = true,
        Locations = { DirectiveLocation.InputObject },
    };

    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Skip, Include, Deprecated, SpecifiedBy, OneOf];

    private static DirectiveDefinition Conditional(string name, string description, string argumentDescription)
    {
        var directive = new DirectiveDefinition(name)
        {
            Description = description,
            IsBuiltIn = true,
            Locations = { DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment },
        };
        directive.Arguments.Add(new InputField("if", new NonNullType(BuiltInScalars.Boolean)) { Description = argumentDescription });
        return directive;
    }

    private static DirectiveDefinition CreateDeprecated()
    {
        var directive = new DirectiveDefinition("deprecated")
        {
            Description = "Marks an element of a GraphQL schema as no longer supported.",
            IsBuiltIn = true,
            Locations =
            {
                DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition,
                DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue,
            },
        };
        directive.Arguments.Add(new InputField("reason", BuiltInScalars.String)
        {
            Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
            DefaultValue = new StringValueNode(DefaultDeprecationReason),
        });
        return directive;
    }

    private static DirectiveDefinition CreateSpecifiedBy()
    {
        var directive = new DirectiveDefinition("specifiedBy")
        {
            Description = "Exposes a URL that specifies the behavior of this scalar.",
            IsBuiltIn = true,
            Locations = { DirectiveLocation.Scalar },
        };
        directive.Arguments.Add(new InputField("url", new NonNullType(BuiltInScalars.String))
        {
            Description = "The URL that specifies the behavior of this scalar.",
        });
        return directive;
    }
}
