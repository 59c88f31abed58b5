namespace GraphApi.Auth.Tokens;

/// <summary>The claims of an access token, as named in the JWT (inbound claim mapping is off).</summary>
public static class AccessTokenClaims
{
    /// <summary>The user's id.</summary>
    public const string UserId = "sub";

    /// <summary>The user's handle when the token was issued.</summary>
    public const string Handle = "handle";

    /// <summary>A unique id of this token.</summary>
    public const string TokenId = "jti";

    /// <summary>The session: the refresh-token family the token was issued for.</summary>
    public const string SessionId = "sid";
}
