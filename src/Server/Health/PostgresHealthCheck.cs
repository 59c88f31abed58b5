using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace GraphApi.Server.Health;

/// <summary>Healthy when the application's PostgreSQL data source runs <c>SELECT 1</c>.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answered.");
        }
        catch (NpgsqlException exception)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL did not answer: {exception.Message}", exception);
        }
    }
}
