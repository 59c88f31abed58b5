using System.Security.Claims;
using GraphQL.Authorization;
using GraphQL.Execution;
using Microsoft.AspNetCore.Authorization;
using AuthorizationResult = GraphQL.Authorization.AuthorizationResult;
using IFieldAuthorizationHandler = GraphQL.Authorization.IAuthorizationHandler;

namespace GraphQL.AspNetCore.Authorization;

/// <summary>
/// Decides <c>@authorize</c> / <c>[Authorize]</c> rules with ASP.NET Core authorization. Signed in and roles are checked
/// on the request's user as <see cref="DefaultAuthorizationHandler.AuthorizeUser"/> does; a policy is looked up by
/// name in <see cref="IAuthorizationPolicyProvider"/> (the policies of <c>AddAuthorization(options =&gt;
/// options.AddPolicy(...))</c>) and evaluated by <see cref="IAuthorizationService"/> with the field's
/// <see cref="IResolverContext"/> as the resource, so resource-based handlers see the parent object and the arguments.
/// A policy that is not defined refuses the field and says so (fail closed). Rules without a policy complete
/// synchronously.
/// </summary>
public sealed class AspNetCoreAuthorizationHandler(
    IAuthorizationPolicyProvider policies,
    IAuthorizationService authorization) : IFieldAuthorizationHandler
{
    public ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeRule rule)
    {
        var userResult = DefaultAuthorizationHandler.AuthorizeUser(context.User, rule);
        return userResult.IsAllowed && rule.Policy is { } policy
            ? AuthorizePolicyAsync(context, context.User!, policy)
            : new ValueTask<AuthorizationResult>(userResult);
    }

    private async ValueTask<AuthorizationResult> AuthorizePolicyAsync(IResolverContext context, ClaimsPrincipal user, string policyName)
    {
        // IAuthorizationService.AuthorizeAsync(user, resource, policyName) throws for an unknown name; look it up first.
        var policy = await policies.GetPolicyAsync(policyName).ConfigureAwait(false);
        if (policy is null)
        {
            return AuthorizationResult.NotAllowed with
            {
                Message = $"The authorization policy \"{policyName}\" is not defined: register it with " +
                    "AddAuthorization(options => options.AddPolicy(...)).",
            };
        }
        var result = await authorization.AuthorizeAsync(user, context, policy).ConfigureAwait(false);
        return result.Succeeded ? AuthorizationResult.Allowed : AuthorizationResult.NotAllowed;
    }
}
