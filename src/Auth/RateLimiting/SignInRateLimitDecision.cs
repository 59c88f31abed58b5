namespace GraphApi.Auth.RateLimiting;

/// <summary>Whether a sign-in attempt may go ahead; when not, how long until it may be tried again.</summary>
public readonly record struct SignInRateLimitDecision(bool IsAllowed, TimeSpan RetryAfter)
{
    public static SignInRateLimitDecision Allowed => new(true, TimeSpan.Zero);

    public static SignInRateLimitDecision Refused(TimeSpan retryAfter) => new(false, retryAfter);
}
