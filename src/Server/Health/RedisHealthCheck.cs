using GraphApi.Redis;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Server.Health;

/// <summary>
/// Healthy when Redis answers <c>PING</c>, asked through GraphApi's Redis client on a connection of the check's own
/// (with the connection string's password, database and timeouts), opened and closed per check.
/// </summary>
internal sealed class RedisHealthCheck(RedisOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var endpoint = options.Endpoint;
        RedisConnection redis;
        try
        {
            redis = await RedisConnection.ConnectAsync(options, cancellationToken: cancellationToken);
        }
        catch (RedisConnectionException exception)
        {
            return HealthCheckResult.Unhealthy($"Redis at {endpoint} is not reachable: {exception.Message}", exception);
        }

        await using (redis)
        {
            try
            {
                var roundTrip = await redis.PingAsync(cancellationToken);
                return HealthCheckResult.Healthy($"Redis at {endpoint} answered PING in {roundTrip.TotalMilliseconds:0.0} ms.");
            }
            catch (RedisServerException exception)
            {
                return HealthCheckResult.Unhealthy($"Redis at {endpoint} answered PING with '-{exception.ServerMessage}'.", exception);
            }
            catch (RedisException exception)
            {
                return HealthCheckResult.Unhealthy($"Redis at {endpoint} did not answer PING: {exception.Message}", exception);
            }
        }
    }
}
