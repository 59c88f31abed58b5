namespace GraphApi.Server.RateLimiting;

/// <summary>Where shared rate-limit counts are kept, bound from <c>RateLimits</c>.</summary>
public sealed class RateLimitStoreOptions
{
    public const string Section = "RateLimits";

    /// <summary>
    /// Put before every counter's key to make its Redis key: <c>graphapi:ratelimit:signin:ip:127.0.0.1</c>. Instances
    /// that share a prefix (and a Redis) share their limits.
    /// </summary>
    public string KeyPrefix { get; set; } = "graphapi:ratelimit:";
}
