using GraphApi.Data.Migrations;

namespace GraphApi.Server.Database;

/// <summary>
/// Brings the configured database up to date with the SQL migrations embedded in GraphApi.Data, under their advisory
/// lock, so servers starting together migrate one after the other. Used at startup and by the <c>migrate</c> command.
/// </summary>
public sealed class DatabaseMigrator(string connectionString, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Applies the missing migrations and returns them.</summary>
    /// <exception cref="MigrationException">A migration failed, or the database's history disagrees with the files.</exception>
    public Task<IReadOnlyList<Migration>> MigrateAsync(CancellationToken cancellationToken) =>
        AppMigrations.MigrateAsync(connectionString, logger, cancellationToken);
}
