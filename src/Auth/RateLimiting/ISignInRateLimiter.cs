using System.Net;

namespace GraphApi.Auth.RateLimiting;

/// <summary>
/// Counts sign-in attempts per client address and per account. In memory by default
/// (<see cref="InMemorySignInRateLimiter"/>), which limits each server instance on its own; a shared store (Redis) can
/// take its place without changing callers.
/// </summary>
public interface ISignInRateLimiter
{
    /// <summary>
    /// Counts one attempt from <paramref name="ipAddress"/> (not limited by address when unknown) for the account
    /// <paramref name="accountKey"/> (the lower-case email, known or not).
    /// </summary>
    ValueTask<SignInRateLimitDecision> AcquireAsync(IPAddress? ipAddress, string accountKey, CancellationToken cancellationToken = default);
}
