using GraphApi.Auth.RateLimiting;
using GraphApi.Redis;
using GraphApi.Server.RateLimiting;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Server.Tests.Live.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>
/// The rate limits' Redis (a private redis-server on a free loopback port, never the shared one) goes away: sign-in and
/// requests keep working and are counted by the instance itself until Redis is back.
/// </summary>
public sealed class RateLimitRedisOutageTests : IAsyncLifetime
{
    private const string KeyPrefix = "outage:ratelimit:";

    private readonly CapturingLoggerProvider _logs = new();
    private PrivateRedisServer? _redis;
    private TestDatabase? _database;

    public async Task InitializeAsync()
    {
        _redis = await PrivateRedisServer.StartAsync();
        _database = await TestDatabase.CreateMigratedAsync();
    }

    [Fact]
    public async Task While_redis_is_down_sign_in_is_limited_by_the_instance_and_redis_counts_again_once_it_is_back()
    {
        await using var server = await StartServerAsync();
        using var api = new AccountsApi(server, _database!);
        var user = await api.NewUserAsync();
        (await api.SignInAsync(user.Email, "wrong password")).PayloadError("signIn", "InvalidCredentialsError");
        Assert.Equal("1", await GetAsync($"{KeyPrefix}signin:account:{user.Email}"));

        await _redis!.KillAsync();
        (await api.SignInAsync(user.Email, "wrong password")).PayloadError("signIn", "InvalidCredentialsError");
        (await api.SignInAsync(user.Email, "wrong password")).PayloadError("signIn", "InvalidCredentialsError");
        (await api.SignInAsync(user.Email)).PayloadError("signIn", "TooManyAttemptsError");
        var other = await api.NewUserAsync();
        Assert.Equal(other.Id, (await api.SignInAsync(other.Email)).Payload("signIn").GetProperty("user").GetProperty("id").GetString());
        Assert.Single(_logs.Messages, m => m.Contains("cannot count rate limits; until it is back, each server instance counts on its own"));

        await _redis.StartAgainAsync();
        var counter = (RedisFixedWindowCounter)server.Services.GetRequiredService<IFixedWindowCounter>();
        await Subscribers.EventuallyAsync(() => Task.FromResult(counter.IsConnected), "the counter reconnected to Redis");
        var later = await api.NewUserAsync();
        (await api.SignInAsync(later.Email, "wrong password")).PayloadError("signIn", "InvalidCredentialsError");

        Assert.Equal("1", await GetAsync($"{KeyPrefix}signin:account:{later.Email}"));
        Assert.Contains(_logs.Messages, m => m.Contains("counts rate limits again, for every instance"));
    }

    [Fact]
    public async Task The_server_starts_and_signs_in_while_redis_is_down()
    {
        await _redis!.KillAsync();
        await using var server = await StartServerAsync();
        using var api = new AccountsApi(server, _database!);

        var user = await api.NewUserAsync();

        Assert.Equal(user.Id, (await api.SignInAsync(user.Email)).Payload("signIn").GetProperty("user").GetProperty("id").GetString());
        (await api.SignInAsync(user.Email, "wrong password")).PayloadError("signIn", "InvalidCredentialsError");
        (await api.SignInAsync(user.Email)).PayloadError("signIn", "TooManyAttemptsError");
    }

    private Task<ApiServer> StartServerAsync() => ApiServer.StartAsync(
        _database!.ConnectionString,
        services => services.AddSingleton<ILoggerProvider>(_logs),
        $"--ConnectionStrings:Redis={_redis!.ConnectionString},connectTimeout=500,commandTimeout=1000",
        $"--RateLimits:KeyPrefix={KeyPrefix}",
        "--Auth:SignInRateLimit:PerAccountPermitLimit=2",
        "--Logging:LogLevel:GraphApi.Server.RateLimiting=Information");

    private async Task<string?> GetAsync(string key)
    {
        await using var redis = await RedisConnection.ConnectAsync(RedisOptions.Parse(_redis!.ConnectionString));
        return await redis.GetAsync(key);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
