namespace GraphApi.Redis.Tests;

public class CommandTimeoutTests
{
    [Fact]
    public async Task A_timed_out_command_fails_by_name_and_later_commands_get_their_own_replies()
    {
        await using var redis = await RedisConnection.ConnectAsync(TestRedisServer.Options(TimeSpan.FromMilliseconds(300)));
        var key = TestRedisServer.UniqueKey("after-timeout");
        await redis.SetAsync(key, "mine");

        // BLPOP holds the connection for a second; its late null reply must be discarded, not given to the GET.
        var error = await Assert.ThrowsAsync<RedisTimeoutException>(
            () => redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 1));
        await Task.Delay(1200);

        Assert.Equal("BLPOP", error.Command);
        Assert.Contains($"Redis command BLPOP got no reply from {redis.Options.Endpoint} within 300 ms", error.Message);
        Assert.Equal("mine", await redis.GetAsync(key));
        Assert.Equal(1, await redis.IncrementAsync(TestRedisServer.UniqueKey("counter")));
    }

    [Fact]
    public async Task Commands_queued_behind_a_blocking_one_time_out_too_and_the_connection_recovers()
    {
        await using var redis = await RedisConnection.ConnectAsync(TestRedisServer.Options(TimeSpan.FromMilliseconds(300)));

        var blocking = redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 1);
        var queued = redis.ExecuteAsync("PING");

        await Assert.ThrowsAsync<RedisTimeoutException>(() => blocking);
        var queuedError = await Assert.ThrowsAsync<RedisTimeoutException>(() => queued);
        Assert.Equal("PING", queuedError.Command);
        await Task.Delay(1200);
        Assert.Equal("PONG", (await redis.ExecuteAsync("ECHO", "PONG")).AsString());
    }

    [Fact]
    public async Task A_cancelled_command_throws_and_its_reply_is_discarded()
    {
        await using var redis = await RedisConnection.ConnectAsync(TestRedisServer.Options());
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => redis.ExecuteAsync(["BLPOP", TestRedisServer.UniqueKey("empty"), 0.5], cancellation.Token));
        var echo = await redis.ExecuteAsync("ECHO", "still in step");

        Assert.Equal("still in step", echo.AsString());
    }
}
