using Microsoft.Extensions.Logging;

namespace GraphApi.Data.Migrations;

/// <summary>The application's migrations: the files in <c>src/Data/Migrations</c>, embedded in this assembly.</summary>
public static class AppMigrations
{
    private static readonly Lazy<IReadOnlyList<Migration>> LazyAll =
        new(() => EmbeddedMigrations.Load(typeof(AppMigrations).Assembly, "GraphApi.Data.Migrations."));

    /// <summary>Every migration, ordered by version.</summary>
    public static IReadOnlyList<Migration> All => LazyAll.Value;

    /// <summary>Brings the database of <paramref name="connectionString"/> up to date; returns what it applied.</summary>
    /// <exception cref="MigrationException">A migration failed, or the database's history disagrees with the files.</exception>
    public static Task<IReadOnlyList<Migration>> MigrateAsync(
        string connectionString, ILogger? logger = null, CancellationToken cancellationToken = default) =>
        new MigrationRunner(All, logger).MigrateAsync(connectionString, cancellationToken);
}
