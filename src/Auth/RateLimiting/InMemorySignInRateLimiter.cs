using System.Net;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.RateLimiting;

/// <summary>
/// Fixed-window limits kept in this process by <see cref="PartitionedRateLimiter"/>s, one partition per address and one
/// per account. The address is counted first: an attempt refused for its address does not use up the account's.
/// </summary>
/// <remarks>
/// <c>System.Threading.RateLimiting</c> runs on the machine clock (it takes no <see cref="TimeProvider"/>), and reports
/// the whole window as the time to wait, which is the longest the wait can be.
/// </remarks>
public sealed class InMemorySignInRateLimiter : ISignInRateLimiter, IDisposable
{
    private readonly PartitionedRateLimiter<string> _perIp;
    private readonly PartitionedRateLimiter<string> _perAccount;
    private readonly TimeSpan _window;

    public InMemorySignInRateLimiter(IOptions<SignInRateLimitOptions> options)
    {
        var settings = options.Value;
        _window = settings.Window;
        _perIp = CreateLimiter(settings.PerIpPermitLimit, settings.Window);
        _perAccount = CreateLimiter(settings.PerAccountPermitLimit, settings.Window);
    }

    public ValueTask<SignInRateLimitDecision> AcquireAsync(
        IPAddress? ipAddress, string accountKey, CancellationToken cancellationToken = default)
    {
        if (ipAddress is not null)
        {
            var address = ipAddress.IsIPv4MappedToIPv6 ? ipAddress.MapToIPv4() : ipAddress;
            if (Acquire(_perIp, address.ToString()) is { IsAllowed: false } refusedForAddress)
            {
                return ValueTask.FromResult(refusedForAddress);
            }
        }

        return ValueTask.FromResult(Acquire(_perAccount, accountKey));
    }

    public void Dispose()
    {
        _perIp.Dispose();
        _perAccount.Dispose();
    }

    private SignInRateLimitDecision Acquire(PartitionedRateLimiter<string> limiter, string key)
    {
        using var lease = limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return SignInRateLimitDecision.Allowed;
        }

        return SignInRateLimitDecision.Refused(lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : _window);
    }

    /// <summary>The partitioned limiter's own timer replenishes the windows, so idle partitions need no timer each.</summary>
    private static PartitionedRateLimiter<string> CreateLimiter(int permitLimit, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions
            {
                PermitLimit = permitLimit,
                Window = window,
                QueueLimit = 0,
                AutoReplenishment = false,
            }));
}
