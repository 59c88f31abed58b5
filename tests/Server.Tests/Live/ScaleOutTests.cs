using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Server.Tests.Live.Infrastructure;

namespace GraphApi.Server.Tests.Live;

/// <summary>Two server instances (separate hosts, ports and topic providers) on one database and one Redis.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private readonly string _topicPrefix = $"test-{Guid.NewGuid():N}:";
    private TestDatabase? _database;
    private ApiServer? _first;
    private ApiServer? _second;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        _first = await ApiServer.StartAsync(_database.ConnectionString, $"--Subscriptions:TopicPrefix={_topicPrefix}");
        _second = await ApiServer.StartAsync(_database.ConnectionString, $"--Subscriptions:TopicPrefix={_topicPrefix}");
    }

    [Fact]
    public async Task A_subscriber_on_one_instance_receives_the_notification_a_follow_on_the_other_causes()
    {
        Assert.NotEqual(_first!.BaseAddress.Port, _second!.BaseAddress.Port);
        using var onSecond = new AccountsApi(_second, _database!);
        var (me, follower) = (await onSecond.NewUserAsync(), await onSecond.NewUserAsync());
        await using var subscriber = GraphQLWsSubscriber.Start(_first, me.AccessToken);
        await Subscribers.WaitForAsync(_first, me.Id);

        (await onSecond.Client.PostAsync(
            "mutation($userId: ID!) { followUser(input: { userId: $userId }) { status errors { __typename } } }",
            new { userId = me.Id }, follower.AccessToken)).Payload("followUser");

        var notification = await subscriber.NextNotificationAsync();
        Assert.Equal("FOLLOW", notification.GetProperty("kind").GetString());
        Assert.Equal(follower.Handle, notification.GetProperty("actor").GetProperty("handle").GetString());
    }

    public async Task DisposeAsync()
    {
        foreach (var server in new[] { _first, _second })
        {
            if (server is not null)
            {
                await server.DisposeAsync();
            }
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
