using GraphApi.Redis.Subscriptions;
using GraphQL.Subscriptions;
using static GraphApi.Redis.Tests.Subscriptions.TopicTestKit;

namespace GraphApi.Redis.Tests.Subscriptions;

/// <summary>The Redis topic provider against the shared Redis: two providers stand for two server instances.</summary>
public sealed class RedisPubSubTests : IAsyncLifetime
{
    private readonly string prefix = UniquePrefix();
    private RedisConnection admin = null!;
    private RedisPubSub serverA = null!;
    private RedisPubSub serverB = null!;

    public async Task InitializeAsync()
    {
        admin = await RedisConnection.ConnectAsync(TestRedisServer.Options());
        serverA = Provider(prefix);
        serverB = Provider(prefix);
    }

    public async Task DisposeAsync()
    {
        await serverA.DisposeAsync();
        await serverB.DisposeAsync();
        await admin.DisposeAsync();
    }

    [Fact]
    public async Task A_message_sent_through_one_instance_reaches_the_subscribers_of_both()
    {
        var onB = await serverB.SubscribeAsync<ChatMessage>("ChatRoom:1:MessageAdded");
        var onA = await serverA.SubscribeAsync<ChatMessage>("ChatRoom:1:MessageAdded");
        var otherTopic = await serverB.SubscribeAsync<ChatMessage>("ChatRoom:2:MessageAdded");

        await serverA.SendAsync("ChatRoom:1:MessageAdded", new ChatMessage("hello", 1));
        await serverA.SendAsync("ChatRoom:1:MessageAdded", new ChatMessage("again", 2));
        await serverA.CompleteAsync("ChatRoom:1:MessageAdded");

        ChatMessage[] expected = [new("hello", 1), new("again", 2)];
        Assert.Equal(expected, await onB.ReadToEndAsync());
        Assert.Equal(expected, await onA.ReadToEndAsync());
        await serverA.CompleteAsync("ChatRoom:2:MessageAdded");
        Assert.Empty(await otherTopic.ReadToEndAsync());
    }

    [Fact]
    public async Task Many_local_subscribers_share_one_redis_subscription_which_ends_with_the_last()
    {
        var channel = serverB.ChannelOf("User:1:NotificationReceived");
        var streams = new List<ISourceStream<ChatMessage>>();
        for (var i = 0; i < 100; i++)
        {
            streams.Add(await serverB.SubscribeAsync<ChatMessage>("User:1:NotificationReceived"));
        }

        Assert.Equal(prefix + "User:1:NotificationReceived", channel);
        Assert.Equal(1, await SubscribedClientsAsync(admin, channel));
        Assert.Equal(100, serverB.SubscriberCount("User:1:NotificationReceived"));

        await serverA.SendAsync("User:1:NotificationReceived", new ChatMessage("to all", 1));
        foreach (var stream in streams)
        {
            await using var reading = stream.GetAsyncEnumerator(); // disposing the enumerator unsubscribes the stream
            Assert.Equal(new ChatMessage("to all", 1), await reading.NextAsync());
            if (stream == streams[^2])
            {
                break;
            }
        }

        Assert.Equal(1, serverB.SubscriberCount("User:1:NotificationReceived"));
        Assert.Equal(1, await SubscribedClientsAsync(admin, channel));
        await streams[^1].DisposeAsync();
        Assert.Equal(0, serverB.SubscriberCount("User:1:NotificationReceived"));
        Assert.Equal(0, await SubscribedClientsAsync(admin, channel));
    }

    [Fact]
    public async Task The_channel_stays_subscribed_while_one_local_subscriber_is_left()
    {
        var channel = serverB.ChannelOf("T");
        var leaving = await serverB.SubscribeAsync<int>("T");
        var staying = await serverB.SubscribeAsync<int>("T");

        await leaving.DisposeAsync();

        Assert.Equal(1, await SubscribedClientsAsync(admin, channel));
        await serverA.SendAsync("T", 7);
        await serverA.CompleteAsync("T");
        Assert.Equal([7], await staying.ReadToEndAsync());
    }

    [Fact]
    public async Task Completion_reaches_every_instance_unsubscribes_and_a_later_subscriber_starts_afresh()
    {
        var channel = serverA.ChannelOf("Meetup:5:Changed");
        var onA = await serverA.SubscribeAsync<int>("Meetup:5:Changed");
        var onB = await serverB.SubscribeAsync<int>("Meetup:5:Changed");
        await serverB.SendAsync("Meetup:5:Changed", 1);

        await serverB.CompleteAsync("Meetup:5:Changed");

        Assert.Equal([1], await onA.ReadToEndAsync());
        Assert.Equal([1], await onB.ReadToEndAsync());
        await TestRedisServer.EventuallyAsync(async () => await SubscribedClientsAsync(admin, channel) == 0, "both instances unsubscribed");
        var later = await serverA.SubscribeAsync<int>("Meetup:5:Changed");
        await serverB.SendAsync("Meetup:5:Changed", 2);
        await serverB.CompleteAsync("Meetup:5:Changed");
        Assert.Equal([2], await later.ReadToEndAsync());
    }

    [Fact]
    public async Task Other_systems_publish_camel_case_json_and_a_message_that_does_not_fit_is_skipped_and_logged()
    {
        var loggers = new RecordingLoggerFactory();
        await using var server = Provider(prefix, loggers: loggers);
        var records = await server.SubscribeAsync<ChatMessage>("Room");
        var numbers = await server.SubscribeAsync<int>("Room");
        var channel = server.ChannelOf("Room");

        await admin.PublishAsync(channel, """{"text":"from a worker","sequence":3}""");
        await admin.PublishAsync(channel, "not json");
        await admin.PublishAsync(channel, "42");
        await admin.PublishAsync(channel, "");

        Assert.Equal([new ChatMessage("from a worker", 3)], await records.ReadToEndAsync());
        Assert.Equal([42], await numbers.ReadToEndAsync());
        Assert.Contains($"A message on Redis channel {channel} (topic Room) is not a ChatMessage in JSON and was skipped", loggers.Logger.Messages);
        Assert.Contains($"A message on Redis channel {channel} (topic Room) is not a Int32 in JSON and was skipped", loggers.Logger.Messages);
    }

    [Fact]
    public async Task Messages_are_json_with_the_configured_prefix()
    {
        var received = new MessageInbox();
        await using var subscriber = await RedisSubscriber.ConnectAsync(TestRedisServer.Options());
        await using var raw = await subscriber.SubscribeAsync(prefix + "Raw", received.Handle);

        await serverA.SendAsync("Raw", new ChatMessage("hi", 1));

        Assert.Equal(new RedisMessage(prefix + "Raw", null, """{"text":"hi","sequence":1}"""), await received.NextAsync());
    }

    [Fact]
    public async Task Each_subscriber_has_its_own_bounded_buffer()
    {
        await using var server = Provider(prefix, o => o.TopicBufferCapacity = 2);
        var small = await server.SubscribeAsync<int>("T");
        var large = await server.SubscribeAsync<int>("T", bufferCapacity: 10, bufferFullMode: TopicBufferFullMode.DropWrite);

        for (var i = 1; i <= 5; i++)
        {
            await serverA.SendAsync("T", i);
        }

        await serverA.CompleteAsync("T");
        Assert.Equal([4, 5], await small.ReadToEndAsync());
        Assert.Equal([1, 2, 3, 4, 5], await large.ReadToEndAsync());
        Assert.Equal(3, ((TopicStream)small).DroppedMessageCount);
    }

    [Fact]
    public async Task Disposing_the_provider_ends_its_streams()
    {
        await using var server = Provider(prefix);
        var stream = await server.SubscribeAsync<int>("T");

        await server.DisposeAsync();

        Assert.Empty(await stream.ReadToEndAsync());
        await Assert.ThrowsAsync<ObjectDisposedException>(() => server.SubscribeAsync<int>("T").AsTask());
    }

    [Fact]
    public async Task Without_redis_publishing_and_subscribing_fail_at_once_with_a_connection_error()
    {
        await using var stopped = await PrivateRedisServer.StartAsync();
        var unreachable = stopped.ConnectionString;
        await stopped.KillAsync();
        await using var server = Provider(prefix, connectionString: unreachable);

        var publish = await Assert.ThrowsAsync<RedisConnectionException>(() => server.SendAsync("T", 1).AsTask());
        var subscribe = await Assert.ThrowsAsync<RedisConnectionException>(() => server.SubscribeAsync<int>("T").AsTask());

        Assert.Equal(unreachable, publish.Endpoint);
        Assert.Equal(unreachable, subscribe.Endpoint);
        Assert.False(server.IsConnected);
    }

    [Fact]
    public void Invalid_settings_are_refused()
    {
        var prefixError = Assert.Throws<ArgumentOutOfRangeException>(() => Provider(null!));
        var capacityError = Assert.Throws<ArgumentOutOfRangeException>(() => Provider(prefix, o => o.TopicBufferCapacity = 0));

        Assert.Equal("TopicPrefix", prefixError.ParamName);
        Assert.Equal("TopicBufferCapacity", capacityError.ParamName);
    }

    public sealed record ChatMessage(string Text, int Sequence);
}
