using GraphQL.Subscriptions;

namespace GraphQL.Tests.Subscriptions;

/// <summary>Each subscriber's bounded buffer: the full modes, per-subscriber overrides, a slow consumer, the settings' checks.</summary>
public sealed class TopicBufferTests
{
    [Theory]
    [InlineData(TopicBufferFullMode.DropOldest, new[] { 8, 9, 10 })]
    [InlineData(TopicBufferFullMode.DropNewest, new[] { 1, 2, 10 })]
    [InlineData(TopicBufferFullMode.DropWrite, new[] { 1, 2, 3 })]
    public async Task A_full_buffer_drops_messages_by_its_mode_and_counts_them(TopicBufferFullMode mode, int[] kept)
    {
        var pubSub = new InMemoryPubSub(new SubscriptionOptions { TopicBufferCapacity = 3, TopicBufferFullMode = mode });
        var stream = await pubSub.SubscribeAsync<int>("T");

        for (var i = 1; i <= 10; i++)
        {
            await pubSub.SendAsync("T", i);
        }

        await pubSub.CompleteAsync("T");
        Assert.Equal(kept, await stream.ReadToEndAsync());
        Assert.Equal(7, ((TopicStream)stream).DroppedMessageCount);
    }

    [Fact]
    public async Task The_first_drop_of_each_subscriber_is_logged_once()
    {
        var logger = new WarningLogger<InMemoryPubSub>();
        var pubSub = new InMemoryPubSub(new SubscriptionOptions { TopicBufferCapacity = 1 }, logger);
        var first = await pubSub.SubscribeAsync<int>("User:1:NotificationReceived");
        var second = await pubSub.SubscribeAsync<int>("User:1:NotificationReceived");

        for (var i = 1; i <= 5; i++)
        {
            await pubSub.SendAsync("User:1:NotificationReceived", i);
        }

        const string warning = "A subscriber of topic User:1:NotificationReceived reads too slowly: its buffer of 1 message(s) is full, so messages are dropped (DropOldest)";
        Assert.Equal([warning, warning], logger.Warnings);
        await first.DisposeAsync();
        await second.DisposeAsync();
    }

    [Fact]
    public async Task The_default_buffer_holds_64_messages_and_drops_the_oldest()
    {
        var pubSub = new InMemoryPubSub();
        var stream = await pubSub.SubscribeAsync<int>("T");

        for (var i = 1; i <= 100; i++)
        {
            await pubSub.SendAsync("T", i);
        }

        await pubSub.CompleteAsync("T");
        Assert.Equal(Enumerable.Range(37, 64), await stream.ReadToEndAsync());
        Assert.Equal(64, ((TopicStream)stream).Capacity);
        Assert.Equal(TopicBufferFullMode.DropOldest, ((TopicStream)stream).FullMode);
    }

    [Fact]
    public async Task A_subscriber_may_override_the_capacity_and_mode_without_affecting_the_others()
    {
        var pubSub = new InMemoryPubSub(new SubscriptionOptions { TopicBufferCapacity = 2 });
        var small = await pubSub.SubscribeAsync<int>("T");
        var large = await pubSub.SubscribeAsync<int>("T", bufferCapacity: 10, bufferFullMode: TopicBufferFullMode.DropWrite);

        for (var i = 1; i <= 5; i++)
        {
            await pubSub.SendAsync("T", i);
        }

        await pubSub.CompleteAsync("T");
        Assert.Equal([4, 5], await small.ReadToEndAsync());
        Assert.Equal([1, 2, 3, 4, 5], await large.ReadToEndAsync());
    }

    [Fact]
    public async Task A_slow_consumer_skips_ahead_to_the_newest_messages_while_a_fast_one_misses_nothing()
    {
        const int count = 2000;
        var pubSub = new InMemoryPubSub(new SubscriptionOptions { TopicBufferCapacity = 8 });
        var slow = await pubSub.SubscribeAsync<int>("T");
        var fast = await pubSub.SubscribeAsync<int>("T", bufferCapacity: count, bufferFullMode: null);
        var slowReading = Task.Run(async () =>
        {
            var received = new List<int>();
            await foreach (var message in slow)
            {
                received.Add(message);
                await Task.Delay(1); // far slower than the sender
            }

            return received;
        });

        for (var i = 1; i <= count; i++)
        {
            await pubSub.SendAsync("T", i);
        }

        await pubSub.CompleteAsync("T");
        var slowReceived = await slowReading.WaitAsync(StreamReading.Patience);
        Assert.Equal(Enumerable.Range(1, count), await fast.ReadToEndAsync());
        Assert.Equal(count, slowReceived[^1]);                       // it caught up with the newest
        Assert.Equal(slowReceived.Order(), slowReceived);             // still in order
        Assert.True(slowReceived.Count < count, "the slow consumer should have lost messages");
        Assert.Equal(count, slowReceived.Count + ((TopicStream)slow).DroppedMessageCount);
    }

    [Fact]
    public void Invalid_settings_are_refused_when_the_provider_is_created()
    {
        var capacity = Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryPubSub(new SubscriptionOptions { TopicBufferCapacity = 0 }));
        var mode = Assert.Throws<ArgumentOutOfRangeException>(() => new InMemoryPubSub(new SubscriptionOptions { TopicBufferFullMode = (TopicBufferFullMode)7 }));

        Assert.StartsWith("TopicBufferCapacity must be at least 1", capacity.Message);
        Assert.StartsWith("TopicBufferFullMode must be one of DropOldest, DropNewest, DropWrite.", mode.Message);
    }

    [Fact]
    public async Task An_invalid_override_is_refused_when_subscribing()
    {
        var pubSub = new InMemoryPubSub();

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => pubSub.SubscribeAsync<int>("T", -1, null).AsTask());

        Assert.Equal("TopicBufferCapacity", error.ParamName);
        Assert.Equal(0, pubSub.SubscriberCount("T"));
    }
}
