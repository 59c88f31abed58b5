namespace GraphApi.Redis.Tests;

public sealed class PubSubTests : IAsyncLifetime
{
    private RedisConnection redis = null!;
    private RedisSubscriber subscriber = null!;

    public async Task InitializeAsync()
    {
        redis = await RedisConnection.ConnectAsync(TestRedisServer.Options());
        subscriber = await RedisSubscriber.ConnectAsync(TestRedisServer.Options());
    }

    public async Task DisposeAsync()
    {
        await subscriber.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task A_channel_subscription_receives_messages_in_publish_order()
    {
        var channel = TestRedisServer.UniqueKey("channel");
        var inbox = new MessageInbox();
        await using var subscription = await subscriber.SubscribeAsync(channel, inbox.Handle);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => redis.PublishAsync(channel, $"{{\"n\":{i}}}")).ToList());

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(new RedisMessage(channel, null, $"{{\"n\":{i}}}"), await inbox.NextAsync());
        }

        Assert.Equal(channel, subscription.Name);
        Assert.False(subscription.IsPattern);
    }

    [Fact]
    public async Task A_pattern_subscription_receives_matching_channels_with_their_names()
    {
        var prefix = TestRedisServer.UniqueKey("pattern");
        var inbox = new MessageInbox();
        await using var subscription = await subscriber.PSubscribeAsync(prefix + ":*", inbox.Handle);

        Assert.Equal(1, await redis.PublishAsync(prefix + ":a", "1"));
        Assert.Equal(0, await redis.PublishAsync(prefix + "-other", "2"));
        Assert.Equal(1, await redis.PublishAsync(prefix + ":b", "3"));

        Assert.Equal(new RedisMessage(prefix + ":a", prefix + ":*", "1"), await inbox.NextAsync());
        Assert.Equal(new RedisMessage(prefix + ":b", prefix + ":*", "3"), await inbox.NextAsync());
        Assert.True(subscription.IsPattern);
    }

    [Fact]
    public async Task Disposing_the_last_handler_unsubscribes_the_channel()
    {
        var channel = TestRedisServer.UniqueKey("unsubscribe");
        var first = new MessageInbox();
        var second = new MessageInbox();
        var firstSubscription = await subscriber.SubscribeAsync(channel, first.Handle);
        var secondSubscription = await subscriber.SubscribeAsync(channel, second.Handle);

        Assert.Equal(1, await redis.PublishAsync(channel, "both"));
        Assert.Equal("both", (await first.NextAsync()).Payload);
        Assert.Equal("both", (await second.NextAsync()).Payload);
        await firstSubscription.DisposeAsync();
        Assert.Equal(1, await redis.PublishAsync(channel, "second only"));
        Assert.Equal("second only", (await second.NextAsync()).Payload);
        await secondSubscription.DisposeAsync();
        await secondSubscription.DisposeAsync();

        Assert.Equal(0, await redis.PublishAsync(channel, "nobody"));
        Assert.False(first.TryTake(out _));
    }

    [Fact]
    public async Task Disposing_a_pattern_subscription_punsubscribes()
    {
        var pattern = TestRedisServer.UniqueKey("punsubscribe") + ":*";
        var subscription = await subscriber.PSubscribeAsync(pattern, _ => { });

        await subscription.DisposeAsync();

        Assert.Equal(0, await redis.PublishAsync(pattern.TrimEnd('*') + "x", "nobody"));
    }

    [Fact]
    public async Task A_throwing_handler_neither_stops_other_handlers_nor_later_messages()
    {
        var channel = TestRedisServer.UniqueKey("isolated");
        var logger = new RecordingLogger<RedisSubscriber>();
        await using var isolated = await RedisSubscriber.ConnectAsync(TestRedisServer.Options(), logger);
        var inbox = new MessageInbox();
        await using var throwing = await isolated.SubscribeAsync(channel, _ => throw new InvalidOperationException("handler bug"));
        await using var healthy = await isolated.SubscribeAsync(channel, inbox.Handle);

        await redis.PublishAsync(channel, "one");
        await redis.PublishAsync(channel, "two");

        Assert.Equal("one", (await inbox.NextAsync()).Payload);
        Assert.Equal("two", (await inbox.NextAsync()).Payload);
        Assert.Contains($"Redis message handler for {channel} threw", logger.Messages);
    }

    [Fact]
    public async Task Subscribe_rejects_an_empty_channel()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => subscriber.SubscribeAsync("", _ => { }));
    }
}
