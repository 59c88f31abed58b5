using GraphQL.Language;

namespace GraphQL.Authorization;

/// <summary>
/// One authorization requirement of a field or object type (one <c>@authorize</c>): the user must be signed in,
/// be in at least one of <see cref="Roles"/> (when there are any), and satisfy <see cref="Policy"/> (when set).
/// </summary>
public sealed class AuthorizeRule
{
    /// <exception cref="ArgumentException">The policy or a role is empty or only white space.</exception>
    public AuthorizeRule(string? policy = null, IEnumerable<string>? roles = null)
    {
        string[] roleList = roles is null ? [] : [.. roles];
        if (FindProblem(policy, roleList) is { } problem)
        {
            throw new ArgumentException("Invalid authorization rule: " + problem);
        }
        Policy = policy;
        Roles = roleList;
    }

    /// <summary>Only requires a signed-in user (<c>[Authorize]</c>, <c>@authorize</c>).</summary>
    public static AuthorizeRule Authenticated { get; } = new();

    /// <summary>The name of the policy that must allow the user; null when the rule has none.</summary>
    public string? Policy { get; }

    /// <summary>The roles of which the user must have at least one; empty when any signed-in user will do.</summary>
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Why a rule with these values cannot be made; null when it can.</summary>
    internal static string? FindProblem(string? policy, IReadOnlyList<string?> roles)
    {
        if (policy is not null && string.IsNullOrWhiteSpace(policy))
        {
            return "the policy name is empty.";
        }
        foreach (var role in roles)
        {
            if (string.IsNullOrWhiteSpace(role))
            {
                return "a role is null or empty.";
            }
        }
        return null;
    }

    /// <summary>The rule as SDL, e.g. <c>@authorize(policy: "Admin")</c>.</summary>
    public override string ToString() => Printer.Print(AuthorizeDirective.ToNode(this));
}
