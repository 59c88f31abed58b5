using System.Net;
using GraphApi.Auth.RateLimiting;
using Microsoft.Extensions.Options;

namespace GraphApi.Auth.Tests.RateLimiting;

/// <summary>The sign-in limits on the in-memory counter, with a clock the tests move.</summary>
public sealed class SignInRateLimiterTests
{
    private static readonly IPAddress Ip = IPAddress.Parse("198.51.100.1");

    private readonly ManualTimeProvider _time = new();

    private SignInRateLimiter Limiter(int perIp = 10, int perAccount = 5, TimeSpan? window = null) =>
        new(new InMemoryFixedWindowCounter(_time), Options.Create(new SignInRateLimitOptions
        {
            PerIpPermitLimit = perIp, PerAccountPermitLimit = perAccount, Window = window ?? TimeSpan.FromMinutes(1),
        }));

    [Fact]
    public async Task Allows_ten_attempts_a_minute_from_one_address_then_says_when_the_window_ends()
    {
        var limiter = Limiter();
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await limiter.AcquireAsync(Ip, $"account{i}@example.com")).IsAllowed, $"attempt {i + 1}");
        }
        _time.Advance(TimeSpan.FromSeconds(20));

        var refused = await limiter.AcquireAsync(Ip, "another@example.com");

        Assert.Equal(RateLimitDecision.Refused(TimeSpan.FromSeconds(40)), refused);
        Assert.True((await limiter.AcquireAsync(IPAddress.Parse("198.51.100.2"), "another@example.com")).IsAllowed);
    }

    [Fact]
    public async Task Allows_five_attempts_a_minute_for_one_account_from_any_address()
    {
        var limiter = Limiter();
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
        var limiter = Limiter(perIp: 1, perAccount: 1);
        Assert.True((await limiter.AcquireAsync(Ip, "first@example.com")).IsAllowed);
        Assert.False((await limiter.AcquireAsync(Ip, "second@example.com")).IsAllowed);

        Assert.True((await limiter.AcquireAsync(IPAddress.Parse("198.51.100.2"), "second@example.com")).IsAllowed);
    }

    [Fact]
    public async Task Without_an_address_only_the_account_is_limited()
    {
        var limiter = Limiter(perIp: 1, perAccount: 2);

        Assert.True((await limiter.AcquireAsync(null, "someone@example.com")).IsAllowed);
        Assert.True((await limiter.AcquireAsync(null, "someone@example.com")).IsAllowed);
        Assert.False((await limiter.AcquireAsync(null, "someone@example.com")).IsAllowed);
        Assert.True((await limiter.AcquireAsync(null, "else@example.com")).IsAllowed);
    }

    [Fact]
    public async Task An_ipv4_address_counts_the_same_when_mapped_to_ipv6()
    {
        var limiter = Limiter(perIp: 1);
        Assert.True((await limiter.AcquireAsync(Ip, "first@example.com")).IsAllowed);

        Assert.False((await limiter.AcquireAsync(Ip.MapToIPv6(), "second@example.com")).IsAllowed);
    }

    [Fact]
    public async Task The_window_starts_over_when_it_has_passed()
    {
        var limiter = Limiter(perAccount: 1, window: TimeSpan.FromMinutes(5));
        Assert.True((await limiter.AcquireAsync(Ip, "someone@example.com")).IsAllowed);
        _time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromTicks(1));
        Assert.False((await limiter.AcquireAsync(Ip, "someone@example.com")).IsAllowed);

        _time.Advance(TimeSpan.FromTicks(1));

        Assert.True((await limiter.AcquireAsync(Ip, "someone@example.com")).IsAllowed);
    }
}
