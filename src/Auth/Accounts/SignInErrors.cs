namespace GraphApi.Auth.Accounts;

/// <summary>The email or the password is wrong; deliberately the same error for both.</summary>
public sealed record InvalidCredentialsError : AccountError
{
    public override string Message => "The email or the password is wrong.";
}

/// <summary>The account is suspended by moderation.</summary>
public sealed record AccountSuspendedError : AccountError
{
    public override string Message => "This account is suspended and cannot sign in.";
}

/// <summary>The account was deleted by its owner.</summary>
public sealed record AccountDeletedError : AccountError
{
    public override string Message => "This account was deleted and cannot sign in.";
}

/// <summary>Too many sign-in attempts from this address or for this account.</summary>
public sealed record TooManyAttemptsError(TimeSpan RetryAfter) : AccountError
{
    public int RetryAfterSeconds => RetryAfterDisplay.Seconds(RetryAfter);

    public override string Message => $"Too many sign-in attempts; try again in {RetryAfterSeconds} s.";
}
