using GraphApi.Auth.RateLimiting;
using GraphApi.Redis;

namespace GraphApi.Server.RateLimiting;

/// <summary>
/// Fixed windows in Redis, shared by every server instance on that Redis under the same key prefix. Each increment is
/// one <c>EVAL</c>: <c>INCR</c>, then <c>PEXPIRE</c> when the key has no expiry yet (the first increment of a window),
/// and <c>PTTL</c> for the time left, atomically. The connection opens on first use, so the server starts without
/// Redis.
/// </summary>
/// <remarks>
/// While Redis cannot be reached (not connected yet, reconnecting, or a command failed) the increment is counted by a
/// counter in this process instead, without waiting for Redis: limits then hold per instance rather than not at all, and
/// sign-in and requests keep working. The first failure of an outage is logged as a warning, the return as information.
/// A failed first connection is tried again after <see cref="ConnectRetryDelay"/>.
/// </remarks>
internal sealed class RedisFixedWindowCounter : IFixedWindowCounter, IAsyncDisposable
{
    public static readonly TimeSpan ConnectRetryDelay = TimeSpan.FromSeconds(5);

    private const string IncrementScript = """
        local count = redis.call('INCR', KEYS[1])
        local ttl = redis.call('PTTL', KEYS[1])
        if ttl < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          ttl = tonumber(ARGV[1])
        end
        return {count, ttl}
        """;

    private readonly RedisOptions _redis;
    private readonly string _keyPrefix;
    private readonly IFixedWindowCounter _local;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private volatile RedisConnection? _connection;
    private long _nextConnectAttempt;
    private int _unavailable;

    public RedisFixedWindowCounter(RedisOptions redis, string keyPrefix, IFixedWindowCounter local, ILoggerFactory loggerFactory)
    {
        _redis = redis;
        _keyPrefix = keyPrefix;
        _local = local;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<RedisFixedWindowCounter>();
    }

    /// <summary>Whether the connection to Redis is open now (false before first use and while reconnecting).</summary>
    public bool IsConnected => _connection is { IsConnected: true };

    /// <summary>The Redis key of a counter key.</summary>
    public string RedisKeyOf(string key) => _keyPrefix + key;

    public async ValueTask<FixedWindowCount> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var connection = _connection ?? await ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (connection is { IsConnected: true })
        {
            try
            {
                var count = await IncrementInRedisAsync(connection, key, window, cancellationToken).ConfigureAwait(false);
                if (Interlocked.Exchange(ref _unavailable, 0) == 1)
                {
                    _logger.LogInformation("Redis at {Endpoint} counts rate limits again, for every instance.", _redis.Endpoint);
                }
                return count;
            }
            catch (RedisException error)
            {
                OnUnavailable(error);
            }
        }
        else
        {
            OnUnavailable(null);
        }
        return await _local.IncrementAsync(key, window, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        _connecting.Dispose();
    }

    private async Task<FixedWindowCount> IncrementInRedisAsync(
        RedisConnection connection, string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var milliseconds = Math.Max(1L, (long)Math.Ceiling(window.TotalMilliseconds));
        var reply = await connection.ExecuteAsync(["EVAL", IncrementScript, 1, RedisKeyOf(key), milliseconds], cancellationToken)
            .ConfigureAwait(false);
        var values = reply.Elements ?? throw new RedisProtocolException($"The rate-limit script answered {reply} instead of [count, ttl].");
        return new FixedWindowCount(values[0].AsInt64(), TimeSpan.FromMilliseconds(values[1].AsInt64()));
    }

    /// <summary>The connection, opened now if it never was; null when opening failed (again no sooner than the retry delay).</summary>
    private async Task<RedisConnection?> ConnectAsync(CancellationToken cancellationToken)
    {
        if (Environment.TickCount64 < Interlocked.Read(ref _nextConnectAttempt))
        {
            return null;
        }
        await _connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is not null || Environment.TickCount64 < Interlocked.Read(ref _nextConnectAttempt))
            {
                return _connection;
            }
            _connection = await RedisConnection.ConnectAsync(_redis, _loggerFactory.CreateLogger<RedisConnection>(), cancellationToken)
                .ConfigureAwait(false);
            return _connection;
        }
        catch (RedisException error)
        {
            Interlocked.Exchange(ref _nextConnectAttempt, Environment.TickCount64 + (long)ConnectRetryDelay.TotalMilliseconds);
            OnUnavailable(error);
            return null;
        }
        finally
        {
            _connecting.Release();
        }
    }

    private void OnUnavailable(Exception? error)
    {
        if (Interlocked.Exchange(ref _unavailable, 1) == 0)
        {
            _logger.LogWarning(error,
                "Redis at {Endpoint} cannot count rate limits; until it is back, each server instance counts on its own.",
                _redis.Endpoint);
        }
    }
}
