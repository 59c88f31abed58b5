namespace GraphApi.Auth.RateLimiting;

/// <summary>Sign-in attempt limits, bound from <c>Auth:SignInRateLimit</c>. Every attempt counts, right or wrong.</summary>
public sealed class SignInRateLimitOptions
{
    public const string Section = "Auth:SignInRateLimit";

    /// <summary>Attempts allowed from one IP address per <see cref="Window"/>; 10 by default.</summary>
    public int PerIpPermitLimit { get; set; } = 10;

    /// <summary>Attempts allowed for one email per <see cref="Window"/>, from any address; 5 by default.</summary>
    public int PerAccountPermitLimit { get; set; } = 5;

    /// <summary>The fixed window the limits count in; one minute by default.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
