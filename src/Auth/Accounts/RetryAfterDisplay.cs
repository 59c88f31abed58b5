namespace GraphApi.Auth.Accounts;

/// <summary>Waiting times as people are told them: whole seconds, rounded up, at least one.</summary>
public static class RetryAfterDisplay
{
    /// <summary><paramref name="retryAfter"/> in whole seconds, rounded up, at least 1 (also the HTTP <c>Retry-After</c> value).</summary>
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
