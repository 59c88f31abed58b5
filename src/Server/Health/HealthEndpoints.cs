using GraphApi.Server.Redis;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Server.Health;

/// <summary>
/// The health endpoints: <see cref="LivePath"/> answers 200 while the process serves requests (no check runs);
/// <see cref="ReadyPath"/> answers 200 when PostgreSQL (and Redis, when configured) can be reached, else 503. Both
/// write a JSON report (<see cref="HealthReportWriter"/>).
/// </summary>
public static class HealthEndpoints
{
    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    private const string ReadyTag = "ready";

    private static readonly TimeSpan PostgresTimeout = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RedisTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Registers the readiness checks: <c>postgres</c> on the application's data source, and <c>redis</c> when
    /// <c>ConnectionStrings:Redis</c> is set (without it the server runs on the in-memory topic provider and is ready
    /// without Redis).
    /// </summary>
    /// <exception cref="FormatException">ConnectionStrings:Redis is not <c>host[:port][,option=value…]</c>.</exception>
    public static IServiceCollection AddGraphApiHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: [ReadyTag], timeout: PostgresTimeout);
        if (RedisConfiguration.Read(configuration) is { } redis)
        {
            // The check's own connection gives up within the check's timeout.
            var options = redis with { ConnectTimeout = RedisTimeout, CommandTimeout = RedisTimeout };
            checks.Add(new HealthCheckRegistration(
                "redis", _ => new RedisHealthCheck(options), failureStatus: null, tags: [ReadyTag], timeout: RedisTimeout));
        }
        return services;
    }

    /// <summary>Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>.</summary>
    public static IEndpointRouteBuilder MapGraphApiHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = registration => registration.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
