namespace GraphApi.Auth.Verification;

/// <summary>Email verification codes, bound from <c>Auth:VerificationCodes</c>.</summary>
public sealed class VerificationCodeOptions
{
    public const string Section = "Auth:VerificationCodes";

    /// <summary>How long a code can be used after it was sent; 10 minutes by default.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Wrong guesses after which a code is dead; 5 by default.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The least time between two codes for the same email and purpose; 60 seconds by default.</summary>
    public TimeSpan ResendInterval { get; set; } = TimeSpan.FromSeconds(60);
}
