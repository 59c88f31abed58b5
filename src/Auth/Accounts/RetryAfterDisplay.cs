namespace GraphApi.Auth.Accounts;

/// <summary>Waiting times as people are told them: whole seconds, rounded up, at least one.</summary>
internal static class RetryAfterDisplay
{
    public static int Seconds(TimeSpan retryAfter) => Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
}
