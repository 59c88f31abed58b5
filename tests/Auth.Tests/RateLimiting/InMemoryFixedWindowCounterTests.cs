using GraphApi.Auth.RateLimiting;

namespace GraphApi.Auth.Tests.RateLimiting;

public sealed class InMemoryFixedWindowCounterTests
{
    private readonly ManualTimeProvider _time = new();

    [Fact]
    public async Task Counts_per_key_and_says_how_long_the_window_has_left()
    {
        var counter = new InMemoryFixedWindowCounter(_time);

        Assert.Equal(new FixedWindowCount(1, TimeSpan.FromSeconds(10)), await counter.IncrementAsync("a", TimeSpan.FromSeconds(10)));
        _time.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(new FixedWindowCount(2, TimeSpan.FromSeconds(6)), await counter.IncrementAsync("a", TimeSpan.FromSeconds(10)));
        Assert.Equal(new FixedWindowCount(1, TimeSpan.FromSeconds(10)), await counter.IncrementAsync("b", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Starts_a_new_window_at_one_when_the_last_has_ended()
    {
        var counter = new InMemoryFixedWindowCounter(_time);
        await counter.IncrementAsync("a", TimeSpan.FromSeconds(10));
        await counter.IncrementAsync("a", TimeSpan.FromSeconds(10));

        _time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(new FixedWindowCount(1, TimeSpan.FromSeconds(10)), await counter.IncrementAsync("a", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Forgets_ended_windows_once_a_minute()
    {
        var counter = new InMemoryFixedWindowCounter(_time);
        await counter.IncrementAsync("short", TimeSpan.FromSeconds(5));
        await counter.IncrementAsync("long", TimeSpan.FromMinutes(10));
        Assert.Equal(2, counter.Count);

        _time.Advance(TimeSpan.FromMinutes(1));
        await counter.IncrementAsync("other", TimeSpan.FromSeconds(5));

        Assert.Equal(2, counter.Count);
        Assert.Equal(2, (await counter.IncrementAsync("long", TimeSpan.FromMinutes(10))).Count);
    }

    [Fact]
    public async Task Counts_every_increment_of_many_callers_at_once()
    {
        var counter = new InMemoryFixedWindowCounter(_time);

        var counts = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
            (await counter.IncrementAsync("busy", TimeSpan.FromMinutes(1))).Count)));

        Assert.Equal(Enumerable.Range(1, 200).Select(i => (long)i), counts.Order());
    }

    [Theory]
    [InlineData("", 10)]
    [InlineData("key", 0)]
    [InlineData("key", -1)]
    public async Task Refuses_an_empty_key_and_a_window_that_is_not_positive(string key, int windowSeconds)
    {
        var counter = new InMemoryFixedWindowCounter(_time);

        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await counter.IncrementAsync(key, TimeSpan.FromSeconds(windowSeconds)));
    }
}
