using GraphApi.Auth.Accounts;
using GraphApi.Data;
using GraphApi.Schema.Accounts.Errors;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Accounts;

/// <summary>
/// A signed-in session as signing up, signing in and refreshing give it: the tokens and the user. Every field is null
/// when the mutation failed (its errors say why).
/// </summary>
public abstract class SessionTokensPayload
{
    private readonly Guid? _userId;

    private protected SessionTokensPayload(SignedIn? signedIn)
    {
        _userId = signedIn?.User.Id;
        AccessToken = signedIn?.AccessToken.Token;
        AccessTokenExpiresAt = signedIn?.AccessToken.ExpiresAt;
        RefreshToken = signedIn?.RefreshToken.Token;
        RefreshTokenExpiresAt = signedIn?.RefreshToken.ExpiresAt;
    }

    /// <summary>The JWT to send as "Authorization: Bearer ..." with every request, until accessTokenExpiresAt.</summary>
    public string? AccessToken { get; }

    /// <summary>When the access token stops being accepted (15 minutes after it was issued): refresh before then.</summary>
    public DateTimeOffset? AccessTokenExpiresAt { get; }

    /// <summary>The token that refreshToken exchanges, once, for new tokens. Keep it secret: using it twice ends the session.</summary>
    public string? RefreshToken { get; }

    /// <summary>When the refresh token stops being accepted unless used before (14 days after the last refresh).</summary>
    public DateTimeOffset? RefreshTokenExpiresAt { get; }

    /// <summary>The signed-in user.</summary>
    public Task<User?> GetUserAsync(IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken) =>
        _userId is { } id
            ? UserReader.FindActiveAsync(dbContextFactory, user => user.Id == id, cancellationToken)
            : Task.FromResult<User?>(null);
}

/// <summary>The result of signUp: the new account, signed in.</summary>
public sealed class SignUpPayload(AccountResult<SignedIn> result) : SessionTokensPayload(result.Value)
{
    /// <summary>Why no account was created; null when it was.</summary>
    public IReadOnlyList<ISignUpError>? Errors { get; } = AccountErrorMapping.ErrorsOf<ISignUpError, SignedIn>(result);
}

/// <summary>The result of signIn.</summary>
public sealed class SignInPayload(AccountResult<SignedIn> result) : SessionTokensPayload(result.Value)
{
    /// <summary>Why signing in failed; null when it succeeded.</summary>
    public IReadOnlyList<ISignInError>? Errors { get; } = AccountErrorMapping.ErrorsOf<ISignInError, SignedIn>(result);
}

/// <summary>The result of refreshToken: new tokens for the same session.</summary>
public sealed class RefreshTokenPayload(AccountResult<SignedIn> result) : SessionTokensPayload(result.Value)
{
    /// <summary>Why no tokens were given; null when they were.</summary>
    public IReadOnlyList<IRefreshTokenError>? Errors { get; } = AccountErrorMapping.ErrorsOf<IRefreshTokenError, SignedIn>(result);
}
