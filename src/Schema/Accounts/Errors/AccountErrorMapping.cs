using GraphApi.Auth.Accounts;
using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Accounts.Errors;

/// <summary>
/// The one place where an <see cref="AccountError"/> of the account services becomes its GraphQL error type. The
/// mutations ask for it as a member of their own error union.
/// </summary>
internal static class AccountErrorMapping
{
    /// <summary>The payload's <c>errors</c>: null when <paramref name="result"/> succeeded, else its error.</summary>
    /// <typeparam name="TUnion">The mutation's error union, e.g. <see cref="ISignInError"/>.</typeparam>
    /// <typeparam name="T">What the operation gives when it succeeds.</typeparam>
    public static IReadOnlyList<TUnion>? ErrorsOf<TUnion, T>(AccountResult<T> result)
        where TUnion : class =>
        result.Succeeded ? null : [As<TUnion>(result.Error)];

    /// <summary>The GraphQL error for <paramref name="error"/>, as a member of the union <typeparamref name="TUnion"/>.</summary>
    /// <exception cref="InvalidOperationException">The error type is not a member of that union: a mistake in this code.</exception>
    public static TUnion As<TUnion>(AccountError error)
        where TUnion : class =>
        ToGraphQL(error) as TUnion
        ?? throw new InvalidOperationException(
            $"The account error {error.GetType().Name} cannot be reported in the error union {typeof(TUnion).Name}: " +
            "make its GraphQL error type implement that interface.");

    private static IError ToGraphQL(AccountError error) => error switch
    {
        Auth.Accounts.InvalidEmailError e => new InvalidEmailError(e),
        Auth.Accounts.InvalidHandleError e => new InvalidHandleError(e),
        Auth.Accounts.InvalidDisplayNameError e => new InvalidDisplayNameError(e),
        Auth.Accounts.WeakPasswordError e => new WeakPasswordError(e),
        Auth.Accounts.EmailTakenError e => new EmailTakenError(e),
        Auth.Accounts.HandleTakenError e => new HandleTakenError(e),
        Auth.Accounts.CodeResendTooSoonError e => new CodeResendTooSoonError(e),
        Auth.Accounts.VerificationCodeNotFoundError e => new VerificationCodeNotFoundError(e),
        Auth.Accounts.VerificationCodeUsedError e => new VerificationCodeUsedError(e),
        Auth.Accounts.VerificationCodeExpiredError e => new VerificationCodeExpiredError(e),
        Auth.Accounts.VerificationCodeAttemptsExceededError e => new VerificationCodeAttemptsExceededError(e),
        Auth.Accounts.InvalidVerificationCodeError e => new InvalidVerificationCodeError(e),
        Auth.Accounts.InvalidCredentialsError e => new InvalidCredentialsError(e),
        Auth.Accounts.AccountSuspendedError e => new AccountSuspendedError(e),
        Auth.Accounts.AccountDeletedError e => new AccountDeletedError(e),
        Auth.Accounts.TooManyAttemptsError e => new TooManyAttemptsError(e),
        Auth.Accounts.InvalidRefreshTokenError e => new InvalidRefreshTokenError(e),
        Auth.Accounts.SessionNotFoundError e => new SessionNotFoundError(e),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, "This account error has no GraphQL error type yet."),
    };
}
