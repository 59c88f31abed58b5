using System.Net;
using GraphApi.Auth.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Tests.RateLimiting;

public sealed class InMemorySignInRateLimiterTests
{
    private static readonly IPAddress Ip = IPAddress.Parse("198.51.100.1");

    private static InMemorySignInRateLimiter Limiter(int perIp = 10, int perAccount = 5, TimeSpan? window = null) =>
        new(Options.Create(new SignInRateLimitOptions
        {
            PerIpPermitLimit = perIp, PerAccountPermitLimit = perAccount, Window = window ?? TimeSpan.FromMinutes(1),
        }));

    [Fact]
    public async Task Allows_ten_attempts_a_minute_from_one_address_then_says_when_to_retry()
    {
        using var limiter = Limiter();
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await limiter.AcquireAsync(Ip, $"account{i}@example.com")).IsAllowed, $"attempt {i + 1}");
        }

        var refused = await limiter.AcquireAsync(Ip, "another@example.com");

        Assert.Equal(SignInRateLimitDecision.Refused(TimeSpan.FromMinutes(1)), refused);
        Assert.True((await limiter.AcquireAsync(IPAddress.Parse("198.51.100.2"), "another@example.com")).IsAllowed);
    }

    [Fact]
    public async Task Allows_five_attempts_a_minute_for_one_account_from_any_address()
    {
        using var limiter = Limiter();
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await limiter.AcquireAsync(IPAddress.Parse($"198.51.100.{i + 10}"), "target@example.com")).IsAllowed);
        }

        Assert.False((await limiter.AcquireAsync(IPAddress.Parse("198.51.100.99"), "target@example.com")).IsAllowed);
        Assert.True((await limiter.AcquireAsync(IPAddress.Parse("198.51.100.99"), "other@example.com")).IsAllowed);
    }

    [Fact]
    public async Task An_attempt_refused_for_its_address_does_not_count_against_the_account()
    {
        using var limiter = Limiter(perIp: 1, perAccount: 1);
        Assert.True((await limiter.AcquireAsync(Ip, "first@example.com")).IsAllowed);
        Assert.False((await limiter.AcquireAsync(Ip, "second@example.com")).IsAllowed);

        Assert.True((await limiter.AcquireAsync(IPAddress.Parse("198.51.100.2"), "second@example.com")).IsAllowed);
    }

    [Fact]
    public async Task Without_an_address_only_the_account_is_limited()
    {
        using var limiter = Limiter(perIp: 1, perAccount: 2);

        Assert.True((await limiter.AcquireAsync(null, "someone@example.com")).IsAllowed);
        Assert.True((await limiter.AcquireAsync(null, "someone@example.com")).IsAllowed);
        Assert.False((await limiter.AcquireAsync(null, "someone@example.com")).IsAllowed);
        Assert.True((await limiter.AcquireAsync(null, "else@example.com")).IsAllowed);
    }

    [Fact]
    public async Task An_ipv4_address_counts_the_same_when_mapped_to_ipv6()
    {
        using var limiter = Limiter(perIp: 1);
        Assert.True((await limiter.AcquireAsync(Ip, "first@example.com")).IsAllowed);

        Assert.False((await limiter.AcquireAsync(Ip.MapToIPv6(), "second@example.com")).IsAllowed);
    }

    [Fact]
    public async Task The_window_starts_over_when_it_has_passed()
    {
        // System.Threading.RateLimiting runs on the machine clock, so this one test waits for real.
        using var limiter = Limiter(perAccount: 1, window: TimeSpan.FromMilliseconds(300));
        Assert.True((await limiter.AcquireAsync(Ip, "someone@example.com")).IsAllowed);
        Assert.False((await limiter.AcquireAsync(Ip, "someone@example.com")).IsAllowed);

        await Task.Delay(TimeSpan.FromMilliseconds(800));

        Assert.True((await limiter.AcquireAsync(Ip, "someone@example.com")).IsAllowed);
    }
}
