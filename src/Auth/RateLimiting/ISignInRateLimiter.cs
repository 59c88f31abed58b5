using System.Net;

namespace GraphApi.Auth.RateLimiting;

/// <summary>
/// Counts sign-in attempts per client address and per account. <see cref="SignInRateLimiter"/> counts with the
/// registered <see cref="IFixedWindowCounter"/>: in memory by default (each server instance on its own), shared by
/// every instance when the host registers a shared counter (the server does when Redis is configured).
/// </summary>
public interface ISignInRateLimiter
{
    /// <summary>
    /// Counts one attempt from <paramref name="ipAddress"/> (not limited by address when unknown) for the account
    /// <paramref name="accountKey"/> (the lower-case email, known or not).
    /// </summary>
    ValueTask<RateLimitDecision> AcquireAsync(IPAddress? ipAddress, string accountKey, CancellationToken cancellationToken = default);
}
