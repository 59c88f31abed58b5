namespace GraphApi.Auth.Sessions;

/// <summary>Why a refresh token was refused.</summary>
public enum RefreshTokenFailure
{
    /// <summary>No such token was ever issued (or it was purged).</summary>
    Unknown,

    /// <summary>Past its expiry.</summary>
    Expired,

    /// <summary>Its session was signed out or revoked.</summary>
    Revoked,

    /// <summary>It had already been exchanged for a new token; its whole session is revoked now.</summary>
    Reused,
}
