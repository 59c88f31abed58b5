using GraphQL.Types;

namespace GraphQL.Authorization;

/// <summary>Protects fields and object types of a schema being built, keeping the printed <c>@authorize</c> in step.</summary>
public static class AuthorizationModelExtensions
{
    /// <summary>Adds <paramref name="rule"/> to the field's rules and <c>@authorize</c> to its applied directives.</summary>
    public static OutputField Authorize(this OutputField field, AuthorizeRule rule)
    {
        field.AuthorizationRules.Add(rule);
        field.Directives.Add(AuthorizeDirective.ToNode(rule));
        return field;
    }

    /// <summary>Adds <paramref name="rule"/> to the type's rules (for all its fields) and <c>@authorize</c> to its applied directives.</summary>
    public static ObjectType Authorize(this ObjectType type, AuthorizeRule rule)
    {
        type.AuthorizationRules.Add(rule);
        type.Directives.Add(AuthorizeDirective.ToNode(rule));
        return type;
    }
}
