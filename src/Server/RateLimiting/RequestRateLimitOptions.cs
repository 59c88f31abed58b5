namespace GraphApi.Server.RateLimiting;

/// <summary>The request rate limit on the GraphQL endpoint, bound from <c>GraphQL:RateLimit</c>.</summary>
public sealed class RequestRateLimitOptions
{
    public const string Section = "GraphQL:RateLimit";

    /// <summary>Whether requests are limited; true by default.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>
    /// Requests allowed per <see cref="Window"/> for one signed-in user, or for one client address when anonymous; 600
    /// by default (10 a second on average, which a busy app with several tabs open stays under).
    /// </summary>
    public int PermitLimit { get; set; } = 600;

    /// <summary>The fixed window the limit counts in; one minute by default.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
