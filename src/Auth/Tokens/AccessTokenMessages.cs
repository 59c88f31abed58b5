namespace GraphApi.Auth.Tokens;

/// <summary>Why an access token was refused, in the words clients are told (HTTP 401, WebSocket close reasons).</summary>
public static class AccessTokenMessages
{
    /// <summary>For <see cref="AccessTokenFailure.SessionEnded"/>.</summary>
    public const string SessionEnded = "The access token's session has ended: it was signed out or revoked.";
}
