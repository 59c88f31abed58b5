using GraphApi.Redis.Subscriptions;
using GraphQL.Subscriptions;
using static GraphApi.Redis.Tests.Subscriptions.TopicTestKit;

namespace GraphApi.Redis.Tests.Subscriptions;

/// <summary>A private redis-server is killed and started again on the same port while a subscription is open.</summary>
public sealed class RedisOutageTests
{
    [Fact]
    public async Task A_subscription_survives_a_redis_restart_and_publishing_fails_fast_while_redis_is_down()
    {
        await using var redis = await PrivateRedisServer.StartAsync();
        var prefix = UniquePrefix();
        var loggers = new RecordingLoggerFactory();
        await using var subscriberSide = Provider(prefix, loggers: loggers, connectionString: redis.ConnectionString);
        await using var publisherSide = Provider(prefix, connectionString: redis.ConnectionString);
        var stream = await subscriberSide.SubscribeAsync<int>("User:1:NotificationReceived");
        await using var reading = stream.GetAsyncEnumerator();
        await publisherSide.SendAsync("User:1:NotificationReceived", 1);
        Assert.Equal(1, await reading.NextAsync());

        await redis.KillAsync();
        await TestRedisServer.EventuallyAsync(() => Task.FromResult(!publisherSide.IsConnected), "the publisher noticed the outage");
        var refused = await Assert.ThrowsAsync<RedisConnectionException>(() => publisherSide.SendAsync("User:1:NotificationReceived", 2).AsTask());
        // Refused before sending, or (when only the pub/sub side had noticed yet) cut off while sending.
        Assert.Contains(refused.Message, new[]
        {
            $"Redis {redis.ConnectionString}: not connected (reconnecting), so nothing was published to topic 'User:1:NotificationReceived'",
            $"Redis {redis.ConnectionString}: the connection dropped while publishing to topic 'User:1:NotificationReceived', which may or may not have been delivered",
        });

        await redis.StartAgainAsync();
        await TestRedisServer.EventuallyAsync(
            () => Task.FromResult(subscriberSide.IsConnected && publisherSide.IsConnected), "both providers reconnected");
        await using var admin = await RedisConnection.ConnectAsync(RedisOptions.Parse(redis.ConnectionString));
        await TestRedisServer.EventuallyAsync(
            async () => await SubscribedClientsAsync(admin, subscriberSide.ChannelOf("User:1:NotificationReceived")) == 1,
            "the topic is subscribed again");
        await publisherSide.SendAsync("User:1:NotificationReceived", 3);

        Assert.Equal(3, await reading.NextAsync());
        Assert.Contains("Redis pub/sub subscribed again to 1 channel(s) and pattern(s)", loggers.Logger.Messages);
    }
}
