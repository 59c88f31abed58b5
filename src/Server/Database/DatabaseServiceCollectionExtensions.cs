using GraphApi.Data;

namespace GraphApi.Server.Database;

/// <summary>Registers the application's PostgreSQL database and its migrations.</summary>
public static class DatabaseServiceCollectionExtensions
{
    /// <summary>The setting that switches migrating at startup off (<c>Database__MigrateAtStartup=false</c>).</summary>
    public const string MigrateAtStartupKey = "Database:MigrateAtStartup";

    /// <summary>
    /// Registers the database of <c>ConnectionStrings:Postgres</c> (<see cref="AppDatabaseServiceCollectionExtensions.AddAppDatabase"/>),
    /// the <see cref="DatabaseMigrator"/>, and, unless <see cref="MigrateAtStartupKey"/> is false, the migration that
    /// runs when the host starts, before the server accepts requests.
    /// </summary>
    /// <exception cref="InvalidOperationException">No PostgreSQL connection string is configured.</exception>
    public static IServiceCollection AddGraphApiDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Postgres");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "No PostgreSQL connection string: set ConnectionStrings__Postgres (for example " +
                "'Host=127.0.0.1;Port=5432;Database=graphapi;Username=graphapi;Password=graphapi'), or run " +
                "`eval \"$(scripts/services)\"` first, which starts PostgreSQL and sets it.");
        }
        services.AddAppDatabase(connectionString);
        services.AddSingleton(provider => new DatabaseMigrator(connectionString, provider.GetRequiredService<ILogger<DatabaseMigrator>>()));
        if (configuration.GetValue(MigrateAtStartupKey, defaultValue: true))
        {
            services.AddHostedService<StartupMigration>();
        }
        return services;
    }
}
