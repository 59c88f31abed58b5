namespace GraphApi.Redis.Tests;

public sealed class RedisCommandTests : IAsyncLifetime
{
    private RedisConnection redis = null!;

    public async Task InitializeAsync() => redis = await RedisConnection.ConnectAsync(TestRedisServer.Options());

    public async Task DisposeAsync() => await redis.DisposeAsync();

    [Fact]
    public async Task Set_then_get_round_trips_text_and_a_missing_key_is_null()
    {
        var key = TestRedisServer.UniqueKey("get");

        Assert.Null(await redis.GetAsync(key));
        Assert.True(await redis.SetAsync(key, "héllo {\"json\":true}"));
        Assert.Equal("héllo {\"json\":true}", await redis.GetAsync(key));
    }

    [Fact]
    public async Task Set_with_whole_seconds_uses_ex_and_with_milliseconds_uses_px()
    {
        var seconds = TestRedisServer.UniqueKey("ex");
        var milliseconds = TestRedisServer.UniqueKey("px");

        await redis.SetAsync(seconds, "v", TimeSpan.FromSeconds(100));
        await redis.SetAsync(milliseconds, "v", TimeSpan.FromMilliseconds(1500));

        Assert.InRange((await redis.ExecuteAsync("TTL", seconds)).AsInt64(), 99, 100);
        Assert.InRange((await redis.ExecuteAsync("PTTL", milliseconds)).AsInt64(), 1000, 1500);
    }

    [Fact]
    public async Task Set_with_a_short_ttl_expires()
    {
        var key = TestRedisServer.UniqueKey("expires");

        await redis.SetAsync(key, "v", TimeSpan.FromMilliseconds(50));
        await Task.Delay(200);

        Assert.Null(await redis.GetAsync(key));
    }

    [Fact]
    public async Task Set_if_not_exists_and_if_exists_report_whether_they_wrote()
    {
        var key = TestRedisServer.UniqueKey("conditions");

        Assert.False(await redis.SetAsync(key, "a", condition: SetCondition.IfExists));
        Assert.True(await redis.SetAsync(key, "b", condition: SetCondition.IfNotExists));
        Assert.False(await redis.SetAsync(key, "c", condition: SetCondition.IfNotExists));
        Assert.True(await redis.SetAsync(key, "d", TimeSpan.FromSeconds(10), SetCondition.IfExists));
        Assert.Equal("d", await redis.GetAsync(key));
    }

    [Fact]
    public async Task Set_rejects_a_ttl_that_is_not_positive()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => redis.SetAsync("k", "v", TimeSpan.Zero));
    }

    [Fact]
    public async Task Delete_counts_the_keys_it_removed()
    {
        var first = TestRedisServer.UniqueKey("del");
        var second = TestRedisServer.UniqueKey("del");
        await redis.SetAsync(first, "1");
        await redis.SetAsync(second, "2");

        Assert.Equal(2, await redis.DeleteAsync(first, second, TestRedisServer.UniqueKey("missing")));
        Assert.Null(await redis.GetAsync(first));
        Assert.Equal(0, await redis.DeleteAsync(first));
    }

    [Fact]
    public async Task Increment_starts_from_zero_and_get_reads_the_counter()
    {
        var key = TestRedisServer.UniqueKey("incr");

        Assert.Equal(1, await redis.IncrementAsync(key));
        Assert.Equal(2, await redis.IncrementAsync(key));
        Assert.Equal(2, (await redis.ExecuteAsync("GET", key)).AsInt64());
    }

    [Fact]
    public async Task Expire_sets_a_ttl_in_seconds_and_reports_a_missing_key()
    {
        var key = TestRedisServer.UniqueKey("expire");
        await redis.SetAsync(key, "v");

        Assert.True(await redis.ExpireAsync(key, TimeSpan.FromMilliseconds(30_500)));
        Assert.InRange((await redis.ExecuteAsync("TTL", key)).AsInt64(), 30, 31);
        Assert.False(await redis.ExpireAsync(TestRedisServer.UniqueKey("missing"), TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task Ping_measures_a_round_trip()
    {
        var roundTrip = await redis.PingAsync();

        Assert.InRange(roundTrip, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal("PONG", (await redis.ExecuteAsync("PING")).AsString());
    }

    [Fact]
    public async Task Publish_counts_no_receivers_on_an_unheard_channel()
    {
        Assert.Equal(0, await redis.PublishAsync(TestRedisServer.UniqueKey("nobody"), "{}"));
    }

    [Fact]
    public async Task Execute_returns_every_reply_type()
    {
        var key = TestRedisServer.UniqueKey("types");

        var simple = await redis.ExecuteAsync("SET", key, 12.5);
        var bulk = await redis.ExecuteAsync("GET", key);
        var integer = await redis.ExecuteAsync("STRLEN", key);
        var nullBulk = await redis.ExecuteAsync("GET", TestRedisServer.UniqueKey("missing"));
        var nested = await redis.ExecuteAsync("EVAL", "return {1, {'a', 2}, 'b'}", 0);
        var nullArray = await redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 0.05);

        Assert.Equal((RedisReplyKind.SimpleString, "OK"), (simple.Kind, simple.AsString()));
        Assert.Equal((RedisReplyKind.BulkString, "12.5"), (bulk.Kind, bulk.AsString()));
        Assert.Equal((RedisReplyKind.Integer, 4L), (integer.Kind, integer.AsInt64()));
        Assert.True(nullBulk.IsNull);
        Assert.Equal("[1, [a, 2], b]", nested.ToString());
        Assert.True(nullArray.IsNull);
        Assert.Equal(RedisReplyKind.Array, nullArray.Kind);
    }

    [Fact]
    public async Task Execute_sends_binary_values_unchanged()
    {
        var key = TestRedisServer.UniqueKey("bytes");
        byte[] value = [0, 255, 13, 10, 7];

        await redis.ExecuteAsync("SET", key, value);

        Assert.Equal(value, (await redis.ExecuteAsync("GET", key)).Bytes!.Value.ToArray());
    }

    [Fact]
    public async Task A_wrong_type_error_names_the_command_and_the_connection_keeps_working()
    {
        var key = TestRedisServer.UniqueKey("list");
        await redis.ExecuteAsync("LPUSH", key, "x");

        var error = await Assert.ThrowsAsync<RedisServerException>(() => redis.IncrementAsync(key));

        Assert.Equal("INCR", error.Command);
        Assert.StartsWith("WRONGTYPE", error.ServerMessage);
        Assert.Contains("Redis rejected INCR: WRONGTYPE", error.Message);
        Assert.Equal("PONG", (await redis.ExecuteAsync("PING")).AsString());
    }

    [Fact]
    public async Task An_unknown_command_is_a_server_error()
    {
        var error = await Assert.ThrowsAsync<RedisServerException>(() => redis.ExecuteAsync("NOSUCHCOMMAND", "x"));

        Assert.Contains("unknown command", error.ServerMessage);
    }

    [Fact]
    public async Task Reply_accessors_refuse_the_wrong_kind()
    {
        var reply = await redis.ExecuteAsync("PING");

        var error = Assert.Throws<InvalidOperationException>(() => reply.Elements);
        Assert.Equal("The Redis reply is a SimpleString (PONG), not an array.", error.Message);
        Assert.Throws<InvalidOperationException>(() => reply.AsInt64());
    }

    [Fact]
    public async Task Execute_rejects_arguments_it_cannot_send()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => redis.ExecuteAsync("SET", "k", DateTime.UtcNow));
        Assert.Contains("Argument of type DateTime in SET is not supported", error.Message);

        await Assert.ThrowsAsync<ArgumentException>(() => redis.ExecuteAsync());
    }

    [Fact]
    public async Task A_disposed_connection_refuses_commands()
    {
        await redis.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => redis.GetAsync("k"));
    }

    [Fact]
    public async Task Disposing_fails_a_command_still_waiting_for_its_reply()
    {
        var blocking = redis.ExecuteAsync("BLPOP", TestRedisServer.UniqueKey("empty"), 2);
        await Task.Delay(100);

        await redis.DisposeAsync();

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => blocking);
        Assert.Contains("the connection was lost while BLPOP waited for its reply", error.Message);
    }

    [Fact]
    public async Task Connecting_to_a_closed_port_fails_naming_the_endpoint()
    {
        var options = RedisOptions.Parse("127.0.0.1:1,connectTimeout=2000");

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisConnection.ConnectAsync(options));

        Assert.Equal("127.0.0.1:1", error.Endpoint);
        Assert.StartsWith("Redis 127.0.0.1:1: could not connect", error.Message);
    }

    [Fact]
    public async Task A_failing_handshake_fails_the_connect_with_the_servers_reason()
    {
        var options = TestRedisServer.Options() with { Database = 100_000 };

        var error = await Assert.ThrowsAsync<RedisConnectionException>(() => RedisConnection.ConnectAsync(options));

        Assert.Contains("SELECT failed while connecting: ERR DB index is out of range", error.Message);
    }

    [Fact]
    public async Task The_selected_database_and_client_name_apply()
    {
        var options = TestRedisServer.Options() with { Database = 3 };
        await using var connection = await RedisConnection.ConnectAsync(options);

        var clientInfo = (await connection.ExecuteAsync("CLIENT", "INFO")).AsString()!;

        Assert.Contains($" name={options.ClientName} ", clientInfo);
        Assert.Contains(" db=3 ", clientInfo);
    }
}
