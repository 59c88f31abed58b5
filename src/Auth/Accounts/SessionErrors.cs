using GraphApi.Auth.Sessions;

namespace GraphApi.Auth.Accounts;

/// <summary>The refresh token cannot be used; <see cref="Reason"/> says why.</summary>
public sealed record InvalidRefreshTokenError(RefreshTokenFailure Reason) : AccountError
{
    public override string Message => Reason switch
    {
        RefreshTokenFailure.Unknown => "The refresh token is not valid.",
        RefreshTokenFailure.Expired => "The refresh token has expired; sign in again.",
        RefreshTokenFailure.Revoked => "The refresh token was revoked (signed out); sign in again.",
        RefreshTokenFailure.Reused =>
            "The refresh token was already used, so it may have leaked: its session is now revoked; sign in again.",
        _ => throw new ArgumentOutOfRangeException(nameof(Reason), Reason, null),
    };
}

/// <summary>The viewer has no active session with this id.</summary>
public sealed record SessionNotFoundError(Guid SessionId) : AccountError
{
    public override string Message => $"You have no active session \"{SessionId}\".";
}
