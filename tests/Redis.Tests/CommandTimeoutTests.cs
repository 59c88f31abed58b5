namespace GraphApi.Redis.Tests;

public sealed class CommandTimeoutTests : IAsyncLifetime
{
    private RedisConnection admin = null!;
    private RedisConnection redis = null!;

    public async Task InitializeAsync()
    {
        admin = await RedisConnection.ConnectAsync(TestRedisServer.Options());
        redis = await RedisConnection.ConnectAsync(TestRedisServer.Options(TimeSpan.FromMilliseconds(300)));
    }

    public async Task DisposeAsync()
    {
        await redis.DisposeAsync();
        await admin.DisposeAsync();
    }

    [Fact]
    public async Task A_timed_out_command_fails_by_name_and_later_commands_get_their_own_replies()
    {
        var key = TestRedisServer.UniqueKey("after-timeout");
        await redis.SetAsync(key, "mine");
        var clientId = (await redis.ExecuteAsync("CLIENT", "ID")).AsInt64();

        var error = await Assert.ThrowsAsync<RedisTimeoutException>(
            () => redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 10));
        // Ends the BLPOP: its late null reply must be discarded, not given to the GET.
        await admin.ExecuteAsync("CLIENT", "UNBLOCK", clientId);

        Assert.Equal("BLPOP", error.Command);
        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.Contains($"Redis command BLPOP got no reply from {redis.Options.Endpoint} within 300 ms", error.Message);
        Assert.Equal("mine", await redis.GetAsync(key));
        Assert.Equal(1, await redis.IncrementAsync(TestRedisServer.UniqueKey("counter")));
    }

    [Fact]
    public async Task Commands_queued_behind_a_blocking_one_time_out_too_and_the_connection_recovers()
    {
        var clientId = (await redis.ExecuteAsync("CLIENT", "ID")).AsInt64();

        var blocking = redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 10);
        var queued = redis.ExecuteAsync("PING");

        await Assert.ThrowsAsync<RedisTimeoutException>(() => blocking);
        var queuedError = await Assert.ThrowsAsync<RedisTimeoutException>(() => queued);
        await admin.ExecuteAsync("CLIENT", "UNBLOCK", clientId);

        Assert.Equal("PING", queuedError.Command);
        Assert.Equal("in step", (await redis.ExecuteAsync("ECHO", "in step")).AsString());
    }

    [Fact]
    public async Task A_cancelled_command_throws_and_its_reply_is_discarded()
    {
        await using var patient = await RedisConnection.ConnectAsync(TestRedisServer.Options());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => patient.ExecuteAsync(["BLPOP", TestRedisServer.UniqueKey("empty"), 0.5], cancellation.Token));
        var echo = await patient.ExecuteAsync("ECHO", "still in step");

        Assert.Equal("still in step", echo.AsString());
    }
}
