namespace GraphApi.Auth.RateLimiting;

/// <summary>
/// Counts events per key in fixed windows: the first increment of a key starts its window, and the count starts over
/// when the window has passed. <see cref="InMemoryFixedWindowCounter"/> counts in this process; a shared store (the
/// server's Redis counter) counts for every instance. Rate limits are built on it with <see cref="FixedWindowLimit"/>.
/// </summary>
public interface IFixedWindowCounter
{
    /// <summary>
    /// Adds one to <paramref name="key"/>'s count in its current window (starting a window of <paramref name="window"/>
    /// when none is running) and returns the count, this one included, and the time until the window ends.
    /// </summary>
    ValueTask<FixedWindowCount> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default);
}
