using GraphApi.Auth.Sessions;
using GraphApi.Schema.Errors;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Accounts.Errors;

/// <summary>The email or the password is wrong (deliberately the same error for both).</summary>
public sealed class InvalidCredentialsError(Auth.Accounts.InvalidCredentialsError error) : IError, ISignInError
{
    public string Message { get; } = error.Message;
}

/// <summary>The account is suspended: it cannot sign in or refresh its tokens.</summary>
public sealed class AccountSuspendedError(Auth.Accounts.AccountSuspendedError error) : IError, ISignInError, IRefreshTokenError
{
    public string Message { get; } = error.Message;
}

/// <summary>The account was deleted: it cannot sign in or refresh its tokens.</summary>
public sealed class AccountDeletedError(Auth.Accounts.AccountDeletedError error) : IError, ISignInError, IRefreshTokenError
{
    public string Message { get; } = error.Message;
}

/// <summary>Too many sign-in attempts from this address or for this account; wait before trying again.</summary>
public sealed class TooManyAttemptsError(Auth.Accounts.TooManyAttemptsError error) : IError, ISignInError
{
    public string Message { get; } = error.Message;

    /// <summary>Seconds to wait before trying again.</summary>
    public int RetryAfterSeconds { get; } = error.RetryAfterSeconds;
}

/// <summary>The refresh token cannot be used; sign in again.</summary>
public sealed class InvalidRefreshTokenError(Auth.Accounts.InvalidRefreshTokenError error) : IError, IRefreshTokenError
{
    public string Message { get; } = error.Message;

    /// <summary>Why the token was refused.</summary>
    public RefreshTokenFailure Reason { get; } = error.Reason;
}

/// <summary>The viewer has no active session with this id.</summary>
public sealed class SessionNotFoundError(Auth.Accounts.SessionNotFoundError error) : IError, IRevokeSessionError
{
    // Names the session by the global id the client gave, not by the raw id the account service knows.
    public string Message { get; } = $"You have no active session \"{GlobalId.Format(nameof(Session), error.SessionId)}\".";

    /// <summary>The session id as it was given.</summary>
    [ID<Session>]
    public Guid SessionId { get; } = error.SessionId;
}
