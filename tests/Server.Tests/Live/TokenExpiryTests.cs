using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Server.Tests.Live.Infrastructure;

namespace GraphApi.Server.Tests.Live;

/// <summary>A subscription ends when the access token it was opened with expires (real time, 5-second tokens).</summary>
public sealed class TokenExpiryTests : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiServer? _server;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        _server = await ApiServer.StartAsync(_database.ConnectionString,
            "--Auth:AccessTokenLifetime=00:00:05", $"--Subscriptions:TopicPrefix=test-{Guid.NewGuid():N}:");
    }

    [Fact]
    public async Task An_expired_token_ends_the_subscription_with_AUTH_NOT_AUTHENTICATED_and_closes_the_socket_with_4403()
    {
        using var api = new AccountsApi(_server!, _database!);
        var me = await api.NewUserAsync();

        await using var subscriber = GraphQLWsSubscriber.Start(_server!, me.AccessToken);
        var events = await subscriber.AllEventsAsync();

        Assert.Equal("connected", events[0].GetProperty("event").GetString());
        var error = events.Single(e => e.GetProperty("event").GetString() == "error").GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        var closed = events.Single(e => e.GetProperty("event").GetString() == "closed");
        Assert.Equal(4403, closed.GetProperty("code").GetInt32());
        Assert.DoesNotContain(events, e => e.GetProperty("event").GetString() == "next");
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
    }
}
