using System.Security.Claims;
using GraphApi.Auth.Sessions;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Auth.Tokens;

/// <summary>
/// Checks an access token outside the HTTP authentication pipeline (a WebSocket's <c>connection_init</c> payload, say)
/// exactly as JwtBearer does: the same <see cref="AccessTokenService.ValidationParameters"/>, then the session check.
/// </summary>
public sealed class AccessTokenValidator(AccessTokenService tokens, ActiveSessionCheck sessions)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<AccessTokenValidation> ValidateAsync(string token, CancellationToken cancellationToken = default)
    {
        var result = await _handler.ValidateTokenAsync(token, tokens.ValidationParameters);
        if (!result.IsValid)
        {
            return new AccessTokenValidation(null,
                result.Exception is SecurityTokenExpiredException ? AccessTokenFailure.Expired : AccessTokenFailure.Invalid);
        }

        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        var session = CurrentSession.FromPrincipal(principal);
        if (session is null)
        {
            return new AccessTokenValidation(null, AccessTokenFailure.Invalid);
        }

        return await sessions.IsActiveAsync(session, cancellationToken)
            ? new AccessTokenValidation(principal, null)
            : new AccessTokenValidation(null, AccessTokenFailure.SessionEnded);
    }
}
