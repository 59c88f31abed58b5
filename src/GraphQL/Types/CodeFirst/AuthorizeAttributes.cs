using System.Reflection;
using GraphQL.Authorization;

namespace GraphQL.Types.CodeFirst;

/// <summary>Reads <see cref="AuthorizeAttribute"/>s into authorization rules.</summary>
internal static class AuthorizeAttributes
{
    /// <summary>The rules of the <c>[Authorize]</c> attributes on a class, method or property, inherited ones included.</summary>
    public static IReadOnlyList<AuthorizeRule> RulesOf(MemberInfo member)
    {
        var attributes = member.GetCustomAttributes<AuthorizeAttribute>(inherit: true).ToList();
        if (attributes.Count == 0)
        {
            return [];
        }
        var rules = new List<AuthorizeRule>(attributes.Count);
        foreach (var attribute in attributes)
        {
            if (AuthorizeRule.FindProblem(attribute.Policy, attribute.Roles ?? []) is { } problem)
            {
                throw new CodeFirstException($"The [Authorize] attribute on {CodeFirstException.Describe(member)} is invalid: {problem}");
            }
            rules.Add(new AuthorizeRule(attribute.Policy, attribute.Roles));
        }
        return rules;
    }

    /// <summary>A union has no fields of its own to protect, so <c>[Authorize]</c> on its class would silently do nothing.</summary>
    public static void RejectOnUnion(Type unionClass)
    {
        if (unionClass.IsDefined(typeof(AuthorizeAttribute), inherit: true))
        {
            throw new CodeFirstException(
                $"The union class '{CodeFirstException.Describe(unionClass)}' is marked [Authorize], but a union has no fields to protect; put [Authorize] on its member classes or on the fields that return it.");
        }
    }
}
