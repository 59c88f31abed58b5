using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Accounts.Errors;

/// <summary>A code was sent to this email moments ago; another may be asked for after a short wait.</summary>
public sealed class CodeResendTooSoonError(Auth.Accounts.CodeResendTooSoonError error) : IError, IRequestSignUpCodeError
{
    public string Message { get; } = error.Message;

    /// <summary>Seconds to wait before asking again.</summary>
    public int RetryAfterSeconds { get; } = error.RetryAfterSeconds;
}

/// <summary>No code is outstanding for this email: none was requested, or a newer one replaced it.</summary>
public sealed class VerificationCodeNotFoundError(Auth.Accounts.VerificationCodeNotFoundError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;
}

/// <summary>The code was already used.</summary>
public sealed class VerificationCodeUsedError(Auth.Accounts.VerificationCodeUsedError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;
}

/// <summary>The code has expired; request a new one.</summary>
public sealed class VerificationCodeExpiredError(Auth.Accounts.VerificationCodeExpiredError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;
}

/// <summary>The code was guessed wrong too often and no longer works; request a new one.</summary>
public sealed class VerificationCodeAttemptsExceededError(Auth.Accounts.VerificationCodeAttemptsExceededError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;
}

/// <summary>The code is wrong.</summary>
public sealed class InvalidVerificationCodeError(Auth.Accounts.InvalidVerificationCodeError error) : IError, ISignUpError
{
    public string Message { get; } = error.Message;

    /// <summary>How many more guesses the code allows.</summary>
    public int AttemptsLeft { get; } = error.AttemptsLeft;
}
