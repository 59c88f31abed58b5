using GraphApi.Redis;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>
/// Two server instances (separate hosts and ports) on one database and one Redis, under one rate-limit key prefix:
/// they count sign-in attempts together.
/// </summary>
public sealed class SharedSignInLimitTests : IAsyncLifetime
{
    private readonly string _keyPrefix = ApiServer.UniqueRateLimitKeyPrefix();
    private TestDatabase? _database;
    private ApiServer? _first;
    private ApiServer? _second;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        string[] settings = [$"--RateLimits:KeyPrefix={_keyPrefix}", "--Auth:SignInRateLimit:PerAccountPermitLimit=2"];
        _first = await ApiServer.StartAsync(_database.ConnectionString, settings);
        _second = await ApiServer.StartAsync(_database.ConnectionString, [.. settings, "--Database:MigrateAtStartup=false"]);
    }

    [Fact]
    public async Task The_per_account_limit_counts_attempts_on_both_instances_in_readable_redis_keys()
    {
        using var onFirst = new AccountsApi(_first!, _database!);
        using var onSecond = new AccountsApi(_second!, _database!);
        var user = await onFirst.NewUserAsync();

        (await onFirst.SignInAsync(user.Email, "wrong password 1")).PayloadError("signIn", "InvalidCredentialsError");
        (await onSecond.SignInAsync(user.Email, "wrong password 2")).PayloadError("signIn", "InvalidCredentialsError");
        var limited = (await onFirst.SignInAsync(user.Email)).PayloadError("signIn", "TooManyAttemptsError");

        Assert.InRange(limited.GetProperty("retryAfterSeconds").GetInt32(), 1, 60);
        await using var redis = await RedisConnection.ConnectAsync(RedisOptions.Parse(TestRedis.ConnectionString));
        Assert.Equal("3", await redis.GetAsync($"{_keyPrefix}signin:account:{user.Email}"));
        Assert.Equal("3", await redis.GetAsync($"{_keyPrefix}signin:ip:127.0.0.1"));
        Assert.InRange((await redis.ExecuteAsync("PTTL", $"{_keyPrefix}signin:account:{user.Email}")).AsInt64(), 1, 60_000);
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
