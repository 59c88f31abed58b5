using GraphApi.Auth.Sessions;
using GraphQL.Execution;
using Microsoft.AspNetCore.Authorization;

namespace GraphApi.Schema.Accounts;

/// <summary>The authorization policies that account fields name in <c>[Authorize]</c>; the host adds them with <see cref="AddAccountPolicies"/>.</summary>
public static class AccountPolicies
{
    /// <summary>The viewer is the <see cref="User"/> whose field is read (the field's parent).</summary>
    public const string IsSelf = "IsSelf";

    /// <summary>Adds the account policies to ASP.NET Core authorization.</summary>
    public static AuthorizationOptions AddAccountPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(IsSelf, policy => policy.RequireAssertion(context =>
            context.Resource is IResolverContext { ParentValue: User user }
            && CurrentSession.FromPrincipal(context.User)?.UserId == user.Id));
        return options;
    }
}
