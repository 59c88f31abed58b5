namespace GraphApi.Auth.RateLimiting;

/// <summary>At most <paramref name="PermitLimit"/> attempts per key in each fixed <paramref name="Window"/>.</summary>
public sealed record FixedWindowLimit(int PermitLimit, TimeSpan Window)
{
    /// <summary>
    /// Counts one attempt for <paramref name="key"/> and allows it while the window's count is within the limit;
    /// a refused attempt may retry when the window ends.
    /// </summary>
    public async ValueTask<RateLimitDecision> AcquireAsync(
        IFixedWindowCounter counter, string key, CancellationToken cancellationToken = default)
    {
        var count = await counter.IncrementAsync(key, Window, cancellationToken).ConfigureAwait(false);
        return count.Count <= PermitLimit ? RateLimitDecision.Allowed : RateLimitDecision.Refused(count.ResetsIn);
    }
}
