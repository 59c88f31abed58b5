using GraphApi.Auth.RateLimiting;
using GraphApi.Redis;
using GraphApi.Server.RateLimiting;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>The Redis counter against the shared Redis, under a key prefix of each test's own.</summary>
public sealed class RedisFixedWindowCounterTests : IAsyncLifetime
{
    private readonly string _prefix = $"test-{Guid.NewGuid():N}:ratelimit:";
    private readonly InMemoryFixedWindowCounter _local = new(TimeProvider.System);
    private RedisFixedWindowCounter? _counter;
    private RedisConnection? _redis;

    private RedisFixedWindowCounter Counter => _counter!;

    public async Task InitializeAsync()
    {
        var options = RedisOptions.Parse(TestRedis.ConnectionString);
        _counter = new RedisFixedWindowCounter(options, _prefix, _local, NullLoggerFactory.Instance);
        _redis = await RedisConnection.ConnectAsync(options);
    }

    [Fact]
    public async Task Counts_under_the_prefix_and_expires_the_key_with_its_window()
    {
        var first = await Counter.IncrementAsync("signin:ip:192.0.2.1", TimeSpan.FromSeconds(30));
        var second = await Counter.IncrementAsync("signin:ip:192.0.2.1", TimeSpan.FromSeconds(30));

        Assert.Equal(1, first.Count);
        Assert.Equal(2, second.Count);
        Assert.InRange(second.ResetsIn, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
        Assert.Equal("2", await _redis!.GetAsync(_prefix + "signin:ip:192.0.2.1"));
        Assert.InRange((await _redis.ExecuteAsync("PTTL", _prefix + "signin:ip:192.0.2.1")).AsInt64(), 1, 30_000);
        Assert.Equal(0, _local.Count);
    }

    [Fact]
    public async Task A_key_left_without_expiry_gets_the_window_so_it_cannot_block_forever()
    {
        await _redis!.SetAsync(_prefix + "stuck", "7", TimeSpan.FromDays(1));
        await _redis.ExecuteAsync("PERSIST", _prefix + "stuck");

        var count = await Counter.IncrementAsync("stuck", TimeSpan.FromSeconds(10));

        Assert.Equal(new FixedWindowCount(8, TimeSpan.FromSeconds(10)), count);
        Assert.InRange((await _redis.ExecuteAsync("PTTL", _prefix + "stuck")).AsInt64(), 1, 10_000);
    }

    [Fact]
    public async Task Counts_every_increment_of_many_callers_at_once()
    {
        var counts = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
            (await Counter.IncrementAsync("busy", TimeSpan.FromMinutes(1))).Count)));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), counts.Order());
    }

    public async Task DisposeAsync()
    {
        if (_redis is not null)
        {
            var keys = (await _redis.ExecuteAsync("KEYS", _prefix + "*")).Elements!.Select(k => k.AsString()!).ToArray();
            if (keys.Length > 0)
            {
                await _redis.DeleteAsync(keys);
            }
            await _redis.DisposeAsync();
        }
        if (_counter is not null)
        {
            await _counter.DisposeAsync();
        }
    }
}
