namespace GraphApi.Auth.Tokens;

/// <summary>Access tokens (JWT) and the key that signs them, bound from the <c>Auth</c> section.</summary>
public sealed class AccessTokenOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// <c>Auth:SigningKey</c>: the HMAC-SHA256 secret, at least 32 bytes of UTF-8. Required outside Development, where
    /// a fixed development key stands in when it is missing. Also the source of the key that hashes verification codes.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>The <c>iss</c> of issued tokens, and the only issuer accepted.</summary>
    public string Issuer { get; set; } = "graphapi";

    /// <summary>The <c>aud</c> of issued tokens, and the only audience accepted.</summary>
    public string Audience { get; set; } = "graphapi";

    /// <summary>How long an access token is valid; 15 minutes by default.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Tolerance for clocks of other machines when checking <c>exp</c> and <c>nbf</c>; 30 seconds by default.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a "this session is still active" answer is reused before the database is asked again; 15 seconds by
    /// default, zero to ask on every request. Revocations made by this server forget the answer at once; those made by
    /// another server instance take effect here after at most this long.
    /// </summary>
    public TimeSpan SessionCheckCacheDuration { get; set; } = TimeSpan.FromSeconds(15);
}
