using System.Security.Claims;
using GraphApi.Auth.Sessions;
using GraphQL.Authorization;
using GraphQL.Execution;

namespace GraphApi.Schema.Accounts;

/// <summary>The signed-in user a request acts for.</summary>
internal static class Viewer
{
    /// <summary>
    /// The viewer's session, from the access token's <c>sub</c> and <c>sid</c>. Fields that call this are
    /// <c>[Authorize]</c>d, so a principal without them was signed in by some other means than a GraphApi token.
    /// </summary>
    public static CurrentSession SessionOf(ClaimsPrincipal principal) =>
        CurrentSession.FromPrincipal(principal)
        ?? throw new GraphQLException("The current user has no GraphApi session: sign in to get an access token.", AuthorizationErrorCodes.NotAuthenticated);

    /// <summary>The signed-in user's id, or null for a signed-out request (for fields that anyone may read).</summary>
    public static Guid? IdOf(ClaimsPrincipal principal) => CurrentSession.FromPrincipal(principal)?.UserId;
}
