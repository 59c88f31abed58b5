using GraphApi.Redis.Subscriptions;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Server.Tests.Live.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using GraphQL.Subscriptions;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Live;

/// <summary>
/// The server's Redis (a private redis-server on a free loopback port, never the shared one) is killed and started again
/// while a subscription is open.
/// </summary>
public sealed class RedisOutageTests : IAsyncLifetime
{
    private PrivateRedisServer? _redis;
    private TestDatabase? _database;
    private ApiServer? _server;

    private ApiServer Server => _server!;

    public async Task InitializeAsync()
    {
        _redis = await PrivateRedisServer.StartAsync();
        _database = await TestDatabase.CreateMigratedAsync();
        _server = await ApiServer.StartAsync(_database.ConnectionString, $"--ConnectionStrings:Redis={_redis.ConnectionString}");
    }

    [Fact]
    public async Task Requests_keep_working_while_redis_is_down_and_the_open_subscription_receives_events_once_it_is_back()
    {
        using var api = new AccountsApi(Server, _database!);
        var (me, before, during, after) = (await api.NewUserAsync(), await api.NewUserAsync(), await api.NewUserAsync(), await api.NewUserAsync());
        await using var subscriber = GraphQLWsSubscriber.Start(Server, me.AccessToken, results: 2);
        await Subscribers.WaitForAsync(Server, me.Id);
        await FollowAsync(api, before, me);
        Assert.Equal(before.Handle, (await subscriber.NextNotificationAsync()).GetProperty("actor").GetProperty("handle").GetString());

        await _redis!.KillAsync();
        var topics = (RedisPubSub)Server.Services.GetRequiredService<ITopicEventReceiver>();
        await Subscribers.EventuallyAsync(() => Task.FromResult(!topics.IsConnected), "the server noticed that Redis is gone");

        // Meanwhile: the mutation works and its notification is stored and readable; only its live push is missed.
        await FollowAsync(api, during, me);
        var list = (await api.Client.PostAsync(NotificationOperations.NotificationList, accessToken: me.AccessToken)).Data("notifications");
        Assert.Equal([during.Handle, before.Handle],
            list.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("actor").GetProperty("handle").GetString()));
        Assert.Equal(2, (await api.Client.PostAsync(NotificationOperations.UnreadCount, accessToken: me.AccessToken)).Data("unreadNotificationCount").GetInt32());

        await _redis.StartAgainAsync();
        await Subscribers.EventuallyAsync(() => Task.FromResult(topics.IsConnected), "the server reconnected to Redis");
        await Subscribers.WaitForAsync(Server, me.Id);
        await FollowAsync(api, after, me);

        Assert.Equal(after.Handle, (await subscriber.NextNotificationAsync()).GetProperty("actor").GetProperty("handle").GetString());
        var events = await subscriber.AllEventsAsync();
        Assert.Single(events, e => e.GetProperty("event").GetString() == "connected");
        Assert.Equal(2, events.Count(e => e.GetProperty("event").GetString() == "next"));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }

    private static async Task FollowAsync(AccountsApi api, SignedInUser follower, SignedInUser followee) =>
        (await api.Client.PostAsync(
            "mutation($userId: ID!) { followUser(input: { userId: $userId }) { status errors { __typename } } }",
            new { userId = followee.Id }, follower.AccessToken)).Payload("followUser");
}
