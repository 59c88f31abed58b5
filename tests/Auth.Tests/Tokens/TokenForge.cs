using System.Text;
using GraphApi.Auth.Tokens;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Auth.Tests.Tokens;

/// <summary>Makes access tokens the way an attacker or a misconfigured issuer would, to see them refused.</summary>
public static class TokenForge
{
    public static string Create(
        Guid userId,
        Guid sessionId,
        DateTimeOffset now,
        string signingKey = TestAuth.SigningKey,
        string issuer = "graphapi",
        string audience = "graphapi",
        string algorithm = SecurityAlgorithms.HmacSha256,
        bool withSessionClaim = true)
    {
        var claims = new Dictionary<string, object>
        {
            [AccessTokenClaims.UserId] = userId.ToString(),
            [AccessTokenClaims.Handle] = "forged",
            [AccessTokenClaims.TokenId] = Guid.NewGuid().ToString(),
        };
        if (withSessionClaim)
        {
            claims[AccessTokenClaims.SessionId] = sessionId.ToString();
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(15).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)), algorithm),
        });
    }

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(Guid userId, Guid sessionId, DateTimeOffset now) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "graphapi",
            Audience = "graphapi",
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddMinutes(15).UtcDateTime,
            Claims = new Dictionary<string, object>
            {
                [AccessTokenClaims.UserId] = userId.ToString(),
                [AccessTokenClaims.SessionId] = sessionId.ToString(),
            },
        });
}
