namespace GraphApi.Auth.Tokens;

/// <summary>Why an access token was refused.</summary>
public enum AccessTokenFailure
{
    /// <summary>Malformed, forged (wrong signature or algorithm), of another issuer or audience, or missing claims.</summary>
    Invalid,

    /// <summary>Past its <c>exp</c> (beyond the clock skew).</summary>
    Expired,

    /// <summary>Its session was signed out or revoked, or its user is no longer active.</summary>
    SessionEnded,
}
