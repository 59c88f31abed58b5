using GraphApi.Data.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Auth.Tokens;

/// <summary>
/// Issues access tokens (JWT, HMAC-SHA256) and owns the <see cref="ValidationParameters"/> that every check of them
/// uses, JwtBearer's included, so that what is issued and what is accepted cannot drift apart.
/// </summary>
public sealed class AccessTokenService
{
    private readonly AccessTokenOptions _options;
    private readonly TimeProvider _time;
    private readonly SigningCredentials _credentials;
    private readonly JsonWebTokenHandler _handler = new();

    public AccessTokenService(IOptions<AccessTokenOptions> options, AuthKeys keys, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _credentials = new SigningCredentials(keys.AccessTokenSigningKey, SecurityAlgorithms.HmacSha256);
        ValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = _options.Issuer,
            ValidAudience = _options.Audience,
            IssuerSigningKey = keys.AccessTokenSigningKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateIssuerSigningKey = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ClockSkew = _options.ClockSkew,
            LifetimeValidator = ValidateLifetime,
            NameClaimType = AccessTokenClaims.Handle,
            AuthenticationType = "Bearer",
        };
    }

    /// <summary>Issuer, audience, key, algorithm and lifetime (on this service's <see cref="TimeProvider"/>) that tokens must have.</summary>
    public TokenValidationParameters ValidationParameters { get; }

    /// <summary>A token for <paramref name="user"/> in session <paramref name="sessionId"/>, valid from now for the configured lifetime.</summary>
    public AccessToken Issue(User user, Guid sessionId)
    {
        // JWT times have whole seconds; truncating here makes ExpiresAt equal the token's exp.
        var now = DateTimeOffset.FromUnixTimeSeconds(_time.GetUtcNow().ToUnixTimeSeconds());
        var expires = now + _options.AccessTokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                [AccessTokenClaims.UserId] = user.Id.ToString(),
                [AccessTokenClaims.Handle] = user.Handle,
                [AccessTokenClaims.TokenId] = Guid.NewGuid().ToString(),
                [AccessTokenClaims.SessionId] = sessionId.ToString(),
            },
        });
        return new AccessToken(token, expires);
    }

    /// <summary>
    /// The lifetime check on <see cref="TimeProvider"/> instead of the machine clock. It throws the same exceptions as the
    /// library's own check, so that an expired token is reported as expired.
    /// </summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The access token has no expiration time.");
        }

        if (notBefore > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException($"The access token is not valid before {notBefore:O}.")
            {
                NotBefore = notBefore.Value,
            };
        }

        if (expires < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException($"The access token expired at {expires:O}.") { Expires = expires.Value };
        }

        return true;
    }
}
