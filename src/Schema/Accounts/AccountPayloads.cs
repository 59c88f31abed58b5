using GraphApi.Auth.Accounts;
using GraphApi.Auth.Verification;
using GraphApi.Schema.Accounts.Errors;
using GraphQL.Types;

namespace GraphApi.Schema.Accounts;

/// <summary>The result of requestSignUpCode.</summary>
public sealed class RequestSignUpCodePayload(AccountResult<CodeSent> result)
{
    /// <summary>The address the code was sent to.</summary>
    public string? Email { get; } = result.Value?.Email;

    /// <summary>When the code stops working.</summary>
    public DateTimeOffset? ExpiresAt { get; } = result.Value?.ExpiresAt;

    /// <summary>From when another code may be asked for.</summary>
    public DateTimeOffset? ResendAvailableAt { get; } = result.Value?.ResendAvailableAt;

    /// <summary>Why no code was sent; null when it was.</summary>
    public IReadOnlyList<IRequestSignUpCodeError>? Errors { get; } = AccountErrorMapping.ErrorsOf<IRequestSignUpCodeError, CodeSent>(result);
}

/// <summary>The result of signOut.</summary>
public sealed class SignOutPayload(Guid sessionId)
{
    /// <summary>The session that ended: its refresh token and access tokens no longer work.</summary>
    [ID<Session>]
    public Guid SessionId { get; } = sessionId;
}

/// <summary>The result of signOutEverywhere.</summary>
public sealed class SignOutEverywherePayload(int sessionCount)
{
    /// <summary>How many sessions were active and are now ended, this one included.</summary>
    public int SessionCount { get; } = sessionCount;
}

/// <summary>The result of revokeSession.</summary>
public sealed class RevokeSessionPayload(AccountResult<Guid> result)
{
    /// <summary>The session that ended; null when none did.</summary>
    [ID<Session>]
    public Guid? SessionId { get; } = result.Succeeded ? result.Value : null;

    /// <summary>Why no session ended; null when one did.</summary>
    public IReadOnlyList<IRevokeSessionError>? Errors { get; } = AccountErrorMapping.ErrorsOf<IRevokeSessionError, Guid>(result);
}

/// <summary>The result of updateProfile.</summary>
public sealed class UpdateProfilePayload(User? user, IReadOnlyList<IUpdateProfileError>? errors)
{
    /// <summary>The viewer with the changed profile; null when nothing changed.</summary>
    public User? User { get; } = user;

    /// <summary>Every problem of the input; null when the profile was changed.</summary>
    public IReadOnlyList<IUpdateProfileError>? Errors { get; } = errors;
}
