namespace GraphApi.Redis.Tests;

public sealed class PipeliningTests : IAsyncLifetime
{
    private RedisConnection redis = null!;

    public async Task InitializeAsync() => redis = await RedisConnection.ConnectAsync(TestRedisServer.Options());

    public async Task DisposeAsync() => await redis.DisposeAsync();

    [Fact]
    public async Task Thousands_of_concurrent_increments_give_the_exact_total()
    {
        var key = TestRedisServer.UniqueKey("counter");

        var workers = Enumerable.Range(0, 50).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                await redis.IncrementAsync(key);
            }
        }));
        await Task.WhenAll(workers);

        Assert.Equal("5000", await redis.GetAsync(key));
    }

    [Fact]
    public async Task Concurrent_callers_each_get_their_own_reply()
    {
        var keys = Enumerable.Range(0, 2000).Select(i => (Key: TestRedisServer.UniqueKey("distinct"), Value: $"value-{i}")).ToList();
        await Task.WhenAll(keys.Select(k => redis.SetAsync(k.Key, k.Value)));

        var reads = keys.Select(k => Task.Run(async () => (k.Value, Read: await redis.GetAsync(k.Key)))).ToList();

        foreach (var (expected, read) in await Task.WhenAll(reads))
        {
            Assert.Equal(expected, read);
        }
    }

    [Fact]
    public async Task Large_values_travel_through_many_batches_intact()
    {
        var value = new string('x', 300_000);
        var keys = Enumerable.Range(0, 8).Select(_ => TestRedisServer.UniqueKey("large")).ToList();

        await Task.WhenAll(keys.Select(key => redis.SetAsync(key, value)));
        var read = await Task.WhenAll(keys.Select(key => redis.GetAsync(key)));

        Assert.All(read, v => Assert.Equal(value, v));
    }
}
