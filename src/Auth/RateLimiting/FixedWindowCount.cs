namespace GraphApi.Auth.RateLimiting;

/// <summary>A key's count in its current window, and the time until that window ends and the count starts over.</summary>
public readonly record struct FixedWindowCount(long Count, TimeSpan ResetsIn);
