using System.Security.Claims;
using GraphQL.Execution;

namespace GraphQL.Authorization;

/// <summary>
/// The handler used when the request's services provide none. It checks what the <see cref="ClaimsPrincipal"/>
/// knows: signed in (an authenticated identity) and roles (<see cref="ClaimsPrincipal.IsInRole"/>, any one of
/// them). It cannot evaluate policies, so it refuses every rule that names one (fail closed).
/// </summary>
public sealed class DefaultAuthorizationHandler : IAuthorizationHandler
{
    public static DefaultAuthorizationHandler Instance { get; } = new();

    public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeRule rule) =>
        new(Authorize(context.User, rule));

    private static AuthorizationResult Authorize(ClaimsPrincipal? user, AuthorizeRule rule)
    {
        if (user is null || !IsAuthenticated(user))
        {
            return AuthorizationResult.NotAuthenticated;
        }
        if (rule.Policy is not null)
        {
            return AuthorizationResult.NotAllowed with
            {
                Message = $"The authorization policy \"{rule.Policy}\" cannot be checked: no authorization handler for policies is registered.",
            };
        }
        return rule.Roles.Count == 0 || IsInAnyRole(user, rule.Roles)
            ? AuthorizationResult.Allowed
            : AuthorizationResult.NotAllowed;
    }

    private static bool IsAuthenticated(ClaimsPrincipal user)
    {
        foreach (var identity in user.Identities)
        {
            if (identity.IsAuthenticated)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsInAnyRole(ClaimsPrincipal user, IReadOnlyList<string> roles)
    {
        foreach (var role in roles)
        {
            if (user.IsInRole(role))
            {
                return true;
            }
        }
        return false;
    }
}
