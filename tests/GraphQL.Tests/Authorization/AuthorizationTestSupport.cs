using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL.Authorization;
using GraphQL.Execution;

namespace GraphQL.Tests.Authorization;

/// <summary>The users the authorization tests sign in as.</summary>
internal static class Users
{
    public const string PermissionClaim = "permission";

    /// <summary>A principal with an identity that is not authenticated, as ASP.NET Core gives anonymous requests.</summary>
    public static ClaimsPrincipal Anonymous => new(new ClaimsIdentity());

    public static ClaimsPrincipal SignedIn(params string[] roles) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "ada"), .. roles.Select(role => new Claim(ClaimTypes.Role, role))], "test"));

    /// <summary>A signed-in user whose <c>permission</c> claims satisfy the policies of the same names (see <see cref="PermissionPolicyHandler"/>).</summary>
    public static ClaimsPrincipal WithPermissions(string[] permissions, params string[] roles)
    {
        var user = SignedIn(roles);
        ((ClaimsIdentity)user.Identity!).AddClaims(permissions.Select(permission => new Claim(PermissionClaim, permission)));
        return user;
    }
}

/// <summary>
/// A policy handler as an application would write one: a policy is satisfied by a <c>permission</c> claim of the
/// same name; rules without a policy go to the default handler. It records every rule it is asked about.
/// </summary>
internal sealed class PermissionPolicyHandler(bool completeAsynchronously = false) : IAuthorizationHandler
{
    private readonly ConcurrentQueue<AuthorizeRule> _checked = new();

    public IReadOnlyList<AuthorizeRule> Checked => [.. _checked];

    public async ValueTask<AuthorizationResult> AuthorizeAsync(IResolverContext context, AuthorizeRule rule)
    {
        _checked.Enqueue(rule);
        if (completeAsynchronously)
        {
            await Task.Yield();
        }
        var result = await DefaultAuthorizationHandler.Instance.AuthorizeAsync(context, new AuthorizeRule(roles: rule.Roles));
        if (!result.IsAllowed || rule.Policy is null)
        {
            return result;
        }
        return context.User!.HasClaim(Users.PermissionClaim, rule.Policy) ? AuthorizationResult.Allowed : AuthorizationResult.NotAllowed;
    }
}

/// <summary>Counts resolver calls by field coordinate, to show that refused resolvers never run.</summary>
public sealed class Invocations
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public int this[string coordinate] => _counts.GetValueOrDefault(coordinate);

    public void Record(string coordinate) => _counts.AddOrUpdate(coordinate, 1, (_, count) => count + 1);
}

internal static class AuthorizationExecution
{
    public static async Task<ExecutionResult> ExecuteAsAsync(
        this RequestExecutor executor, ClaimsPrincipal? user, string query, IServiceProvider? services = null)
    {
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, User = user, Services = services });
        return Assert.IsType<ExecutionResult>(result);
    }

    /// <summary>JSON text written with single quotes for readability in assertions.</summary>
    public static string Json(string singleQuoted) => singleQuoted.Replace('\'', '"');
}
