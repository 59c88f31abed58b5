namespace GraphApi.Auth.Accounts;

/// <summary>A new code was asked for sooner than the resend interval allows.</summary>
public sealed record CodeResendTooSoonError(TimeSpan RetryAfter) : AccountError
{
    public int RetryAfterSeconds => RetryAfterDisplay.Seconds(RetryAfter);

    public override string Message => $"A code was sent moments ago; ask for another in {RetryAfterSeconds} s.";
}

/// <summary>No code is outstanding for this email and purpose: none was requested, or it was replaced.</summary>
public sealed record VerificationCodeNotFoundError : AccountError
{
    public override string Message => "No verification code was requested for this email; request one first.";
}

/// <summary>The code was right but has been used already.</summary>
public sealed record VerificationCodeUsedError : AccountError
{
    public override string Message => "This verification code was already used; request a new one.";
}

/// <summary>The code's time to live passed.</summary>
public sealed record VerificationCodeExpiredError : AccountError
{
    public override string Message => "The verification code has expired; request a new one.";
}

/// <summary>Too many wrong guesses: the code is dead.</summary>
public sealed record VerificationCodeAttemptsExceededError : AccountError
{
    public override string Message => "Too many wrong attempts for this verification code; request a new one.";
}

/// <summary>The code does not match; <see cref="AttemptsLeft"/> more guesses are allowed.</summary>
public sealed record InvalidVerificationCodeError(int AttemptsLeft) : AccountError
{
    public override string Message => AttemptsLeft == 0
        ? "The verification code is wrong, and no attempts are left; request a new one."
        : $"The verification code is wrong; {AttemptsLeft} attempt(s) left.";
}
