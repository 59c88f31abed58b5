namespace GraphApi.Auth.RateLimiting;

/// <summary>Whether an attempt may go ahead; when not, how long until it may be tried again.</summary>
public readonly record struct RateLimitDecision(bool IsAllowed, TimeSpan RetryAfter)
{
    public static RateLimitDecision Allowed => new(true, TimeSpan.Zero);

    public static RateLimitDecision Refused(TimeSpan retryAfter) => new(false, retryAfter);
}
