namespace GraphApi.Redis.Tests;

public sealed class ReconnectTests : IAsyncLifetime
{
    private RedisConnection admin = null!;

    public async Task InitializeAsync() => admin = await RedisConnection.ConnectAsync(TestRedisServer.Options());

    public async Task DisposeAsync() => await admin.DisposeAsync();

    [Fact]
    public async Task Commands_recover_after_the_connection_is_killed_and_the_events_are_logged()
    {
        var logger = new RecordingLogger<RedisConnection>();
        var options = TestRedisServer.Options();
        await using var redis = await RedisConnection.ConnectAsync(options, logger);
        var key = TestRedisServer.UniqueKey("reconnect");
        await redis.SetAsync(key, "before");
        var idBefore = (await redis.ExecuteAsync("CLIENT", "ID")).AsInt64();

        await TestRedisServer.KillClientAsync(admin, options.ClientName!);

        await TestRedisServer.EventuallyAsync(async () =>
        {
            try
            {
                return await redis.GetAsync(key) == "before";
            }
            catch (RedisConnectionException)
            {
                return false;
            }
        }, "the command connection is back");
        Assert.NotEqual(idBefore, (await redis.ExecuteAsync("CLIENT", "ID")).AsInt64());
        Assert.True(redis.IsConnected);
        var endpoint = options.Endpoint;
        Assert.Contains($"Redis command connection to {endpoint} opened", logger.Messages);
        Assert.Contains($"Redis command connection to {endpoint} lost; reconnecting", logger.Messages);
        Assert.Contains($"Redis command connection to {endpoint} reopened after 1 attempt(s)", logger.Messages);
    }

    [Fact]
    public async Task A_command_waiting_for_its_reply_fails_with_a_connection_error_when_the_socket_drops()
    {
        var options = TestRedisServer.Options(TimeSpan.FromSeconds(10));
        await using var redis = await RedisConnection.ConnectAsync(options);
        var blocking = redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 8);
        await TestRedisServer.EventuallyAsync(async () =>
            (await admin.ExecuteAsync("CLIENT", "LIST")).AsString()!.Contains($"name={options.ClientName} age=", StringComparison.Ordinal)
            && (await admin.ExecuteAsync("CLIENT", "LIST")).AsString()!.Contains("cmd=blpop", StringComparison.Ordinal),
            "BLPOP is blocking");

        await TestRedisServer.KillClientAsync(admin, options.ClientName!);

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => blocking);
        Assert.Equal(options.Endpoint, error.Endpoint);
        Assert.Contains("the connection was lost while BLPOP waited for its reply", error.Message);
    }

    [Fact]
    public async Task While_redis_is_unreachable_commands_fail_with_a_connection_error_then_recover()
    {
        await using var proxy = new TcpProxy(TestRedisServer.Options());
        var logger = new RecordingLogger<RedisConnection>();
        var options = proxy.Options with
        {
            CommandTimeout = TimeSpan.FromMilliseconds(400),
            ReconnectBaseDelay = TimeSpan.FromMilliseconds(20),
            ReconnectMaxDelay = TimeSpan.FromMilliseconds(50),
        };
        await using var redis = await RedisConnection.ConnectAsync(options, logger);
        var key = TestRedisServer.UniqueKey("outage");
        await redis.SetAsync(key, "kept");

        proxy.Stop();
        await TestRedisServer.EventuallyAsync(() => Task.FromResult(!redis.IsConnected), "the connection is down");
        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => redis.GetAsync(key));
        proxy.Resume();

        Assert.Equal(options.Endpoint, error.Endpoint);
        Assert.Contains("not connected (reconnecting); GET waited 400 ms", error.Message);
        Assert.Contains(logger.Messages, m => m.StartsWith("Redis command reconnect attempt 2 failed", StringComparison.Ordinal));
        await TestRedisServer.EventuallyAsync(async () => redis.IsConnected && await redis.GetAsync(key) == "kept", "commands work again");
    }

    [Fact]
    public async Task A_command_issued_during_a_short_outage_waits_and_succeeds()
    {
        await using var proxy = new TcpProxy(TestRedisServer.Options());
        var options = proxy.Options with { ReconnectBaseDelay = TimeSpan.FromMilliseconds(20) };
        await using var redis = await RedisConnection.ConnectAsync(options);

        proxy.Stop();
        await TestRedisServer.EventuallyAsync(() => Task.FromResult(!redis.IsConnected), "the connection is down");
        var ping = redis.ExecuteAsync("ECHO", "queued");
        await Task.Delay(200);
        proxy.Resume();

        Assert.Equal("queued", (await ping).AsString());
    }

    [Fact]
    public async Task Subscriptions_are_restored_after_the_pub_sub_connection_is_killed()
    {
        var logger = new RecordingLogger<RedisSubscriber>();
        var options = TestRedisServer.Options();
        await using var subscriber = await RedisSubscriber.ConnectAsync(options, logger);
        var channel = TestRedisServer.UniqueKey("resubscribe");
        var channelInbox = new MessageInbox();
        var patternInbox = new MessageInbox();
        await using var channelSubscription = await subscriber.SubscribeAsync(channel, channelInbox.Handle);
        await using var patternSubscription = await subscriber.PSubscribeAsync(channel + "*", patternInbox.Handle);

        await TestRedisServer.KillClientAsync(admin, options.ClientName!);
        await TestRedisServer.EventuallyAsync(
            async () => await admin.PublishAsync(channel, "after") == 2, "both subscriptions are back");

        Assert.Equal("after", (await channelInbox.NextAsync()).Payload);
        Assert.Equal("after", (await patternInbox.NextAsync()).Payload);
        Assert.Contains($"Redis pub/sub connection to {options.Endpoint} lost; reconnecting", logger.Messages);
        Assert.Contains("Redis pub/sub subscribed again to 2 channel(s) and pattern(s)", logger.Messages);
    }

    [Fact]
    public async Task A_subscription_made_while_redis_is_unreachable_starts_when_it_is_back()
    {
        await using var proxy = new TcpProxy(TestRedisServer.Options());
        var options = proxy.Options with { ReconnectBaseDelay = TimeSpan.FromMilliseconds(20), ReconnectMaxDelay = TimeSpan.FromMilliseconds(100) };
        await using var subscriber = await RedisSubscriber.ConnectAsync(options);
        var channel = TestRedisServer.UniqueKey("late");
        var inbox = new MessageInbox();

        proxy.Stop();
        await TestRedisServer.EventuallyAsync(() => Task.FromResult(!subscriber.IsConnected), "the pub/sub connection is down");
        await using var subscription = await subscriber.SubscribeAsync(channel, inbox.Handle);
        proxy.Resume();

        await TestRedisServer.EventuallyAsync(async () => await admin.PublishAsync(channel, "hello") == 1, "the subscription is active");
        Assert.Equal("hello", (await inbox.NextAsync()).Payload);
    }
}
