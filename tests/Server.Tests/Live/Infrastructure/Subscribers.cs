using GraphApi.Redis;
using GraphApi.Redis.Subscriptions;
using GraphApi.Schema.Notifications;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using GraphQL.Subscriptions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Live.Infrastructure;

/// <summary>Waits until a user's notification topic is subscribed, so that what the test causes next is delivered.</summary>
public static class Subscribers
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Until <paramref name="server"/>'s topic provider has a subscriber of <paramref name="userId"/>'s notifications, and,
    /// with Redis, until Redis has that channel subscribed (so a publish from any instance reaches it).
    /// </summary>
    public static async Task WaitForAsync(ApiServer server, string userId)
    {
        var topic = NotificationTopics.Received(NotificationRows.RawIdOf(userId));
        switch (server.Services.GetRequiredService<ITopicEventReceiver>())
        {
            case InMemoryPubSub memory:
                await EventuallyAsync(() => Task.FromResult(memory.SubscriberCount(topic) > 0), $"{topic} has a subscriber");
                break;
            case RedisPubSub redis:
                await EventuallyAsync(() => Task.FromResult(redis.SubscriberCount(topic) > 0), $"{topic} has a local subscriber");
                await using (var admin = await RedisConnection.ConnectAsync(RedisOptions.Parse(RedisOf(server))))
                {
                    await EventuallyAsync(async () => await ChannelSubscribersAsync(admin, redis.ChannelOf(topic)) > 0, $"Redis has {topic} subscribed");
                }
                break;
            case var other:
                throw new InvalidOperationException($"Unknown topic provider {other.GetType().Name}.");
        }
    }

    /// <summary>PUBSUB NUMSUB: how many connections subscribe to <paramref name="channel"/>.</summary>
    public static async Task<long> ChannelSubscribersAsync(RedisConnection redis, string channel) =>
        (await redis.ExecuteAsync("PUBSUB", "NUMSUB", channel)).Elements![1].AsInt64();

    /// <summary>Polls <paramref name="condition"/> until it holds; fails naming what was waited for.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Waited {Patience.TotalSeconds} s for: {what}.");
            await Task.Delay(20);
        }
    }

    private static string RedisOf(ApiServer server) =>
        server.Services.GetRequiredService<IConfiguration>().GetConnectionString("Redis")!;
}
