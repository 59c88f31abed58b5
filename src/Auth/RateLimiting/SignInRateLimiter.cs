using System.Net;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.RateLimiting;

/// <summary>
/// The <see cref="SignInRateLimitOptions"/> limits on an <see cref="IFixedWindowCounter"/>, under the keys
/// <c>signin:ip:{address}</c> and <c>signin:account:{email}</c>. The address is counted first: an attempt refused for
/// its address does not use up the account's.
/// </summary>
public sealed class SignInRateLimiter(IFixedWindowCounter counter, IOptions<SignInRateLimitOptions> options) : ISignInRateLimiter
{
    private readonly FixedWindowLimit _perIp = new(options.Value.PerIpPermitLimit, options.Value.Window);
    private readonly FixedWindowLimit _perAccount = new(options.Value.PerAccountPermitLimit, options.Value.Window);

    public async ValueTask<RateLimitDecision> AcquireAsync(
        IPAddress? ipAddress, string accountKey, CancellationToken cancellationToken = default)
    {
        if (ipAddress is not null)
        {
            var address = ipAddress.IsIPv4MappedToIPv6 ? ipAddress.MapToIPv4() : ipAddress;
            var forAddress = await _perIp.AcquireAsync(counter, "signin:ip:" + address, cancellationToken).ConfigureAwait(false);
            if (!forAddress.IsAllowed)
            {
                return forAddress;
            }
        }

        return await _perAccount.AcquireAsync(counter, "signin:account:" + accountKey, cancellationToken).ConfigureAwait(false);
    }
}
