using System.Security.Claims;
using GraphApi.Auth.Tokens;

namespace GraphApi.Auth.Sessions;

/// <summary>Who is calling and in which session, as an access token says: its <c>sub</c> and <c>sid</c> claims.</summary>
public sealed record CurrentSession(Guid UserId, Guid SessionId)
{
    /// <summary>The session of an authenticated principal; null when it is anonymous or lacks either claim.</summary>
    public static CurrentSession? FromPrincipal(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirst(AccessTokenClaims.UserId)?.Value, out var userId)
            || !Guid.TryParse(principal.FindFirst(AccessTokenClaims.SessionId)?.Value, out var sessionId))
        {
            return null;
        }

        return new CurrentSession(userId, sessionId);
    }
}
