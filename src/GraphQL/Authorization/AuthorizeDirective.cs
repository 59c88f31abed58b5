using System.Diagnostics.CodeAnalysis;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Authorization;

/// <summary>
/// <c>directive @authorize(policy: String, roles: [String!]) repeatable on OBJECT | FIELD_DEFINITION</c>: the
/// schema form of <see cref="AuthorizeRule"/>. The builders add the definition to a schema that applies it (or
/// defines it: a definition of that name in SDL or <c>AddDirective</c> is replaced by this one), so it is printed
/// and introspected only then.
/// </summary>
public static class AuthorizeDirective
{
    public const string Name = "authorize";

    private const string PolicyArgument = "policy";
    private const string RolesArgument = "roles";

    public static DirectiveDefinition Definition { get; } = CreateDefinition();

    /// <summary>The applied directive for a rule: <c>@authorize</c>, <c>@authorize(policy: "P", roles: ["a"])</c>.</summary>
    public static DirectiveNode ToNode(AuthorizeRule rule)
    {
        var arguments = new List<ArgumentNode>(2);
        if (rule.Policy is not null)
        {
            arguments.Add(new ArgumentNode(new NameNode(PolicyArgument), new StringValueNode(rule.Policy)));
        }
        if (rule.Roles.Count > 0)
        {
            IValueNode[] roles = [.. rule.Roles.Select(role => new StringValueNode(role))];
            arguments.Add(new ArgumentNode(new NameNode(RolesArgument), new ListValueNode(roles)));
        }
        return new DirectiveNode(new NameNode(Name), arguments);
    }

    /// <summary>
    /// Reads an applied <c>@authorize</c>. <paramref name="problem"/> says what is wrong with it, to follow
    /// "Directive "@authorize" on field "Query.me"": e.g. <c>has an invalid "roles" value 5: expected a list of strings.</c>
    /// </summary>
    internal static bool TryRead(DirectiveNode node, [NotNullWhen(true)] out AuthorizeRule? rule, [NotNullWhen(false)] out string? problem)
    {
        rule = null;
        string? policy = null;
        List<string>? roles = null;
        foreach (var argument in node.Arguments)
        {
            var name = argument.Name.Value;
            problem = name switch
            {
                PolicyArgument => ReadPolicy(argument.Value, out policy),
                RolesArgument => ReadRoles(argument.Value, out roles),
                _ => $"has no argument named \"{name}\"; its arguments are \"{PolicyArgument}\" and \"{RolesArgument}\".",
            };
            if (problem is not null)
            {
                return false;
            }
        }
        if (AuthorizeRule.FindProblem(policy, roles ?? []) is { } invalid)
        {
            problem = "is invalid: " + invalid;
            return false;
        }
        rule = new AuthorizeRule(policy, roles);
        problem = null;
        return true;
    }

    private static string? ReadPolicy(IValueNode value, out string? policy)
    {
        policy = null;
        switch (value)
        {
            case NullValueNode:
                return null;
            case StringValueNode text:
                policy = text.Value;
                return null;
            default:
                return Invalid(PolicyArgument, value, "a string");
        }
    }

    private static string? ReadRoles(IValueNode value, out List<string>? roles)
    {
        roles = null;
        // As for any [String!] input, a single string stands for a list of one.
        IReadOnlyList<IValueNode> items = value switch
        {
            NullValueNode => [],
            ListValueNode list => list.Values,
            _ => [value],
        };
        roles = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item is not StringValueNode role)
            {
                return Invalid(RolesArgument, value, "a list of strings");
            }
            roles.Add(role.Value);
        }
        return null;
    }

    private static string Invalid(string argument, IValueNode value, string expected) =>
        $"has an invalid \"{argument}\" value {Printer.PrintValue(value)}: expected {expected}.";

    private static DirectiveDefinition CreateDefinition()
    {
        var directive = new DirectiveDefinition(Name)
        {
            Description = "Requires the current user to be signed in, and to satisfy the policy and roles given, to access the fields of the object type or the field.",
            IsRepeatable = true,
            Locations = { DirectiveLocation.Object, DirectiveLocation.FieldDefinition },
        };
        directive.Arguments.Add(new InputField(PolicyArgument, BuiltInScalars.String)
        {
            Description = "The name of the authorization policy that must allow the user.",
        });
        directive.Arguments.Add(new InputField(RolesArgument, new ListType(new NonNullType(BuiltInScalars.String)))
        {
            Description = "The roles of which the user must have at least one.",
        });
        return directive;
    }
}
