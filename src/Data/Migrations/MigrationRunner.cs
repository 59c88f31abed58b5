using System.Data;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace GraphApi.Data.Migrations;

/// <summary>
/// Applies SQL migrations to a PostgreSQL database, each in its own transaction and in version order, and records them
/// in <c>schema_migrations(version, name, checksum, applied_at)</c>. The whole run holds a session-level advisory lock
/// (<see cref="AdvisoryLockKey"/>, scoped to the database), so servers that start together migrate one after the other
/// and the later ones find nothing to do.
/// </summary>
/// <remarks>
/// Before applying anything the runner compares the database's history with the migrations it was given and refuses
/// to go on when an applied migration's file changed (its checksum differs) or is unknown to this build. Statements
/// that cannot run inside a transaction (such as <c>CREATE INDEX CONCURRENTLY</c>) are not supported.
/// </remarks>
public sealed partial class MigrationRunner
{
    /// <summary>The advisory lock key held while migrating: the bytes of "GraphApi".</summary>
    public const long AdvisoryLockKey = 0x4772_6170_6841_7069;

    private readonly IReadOnlyList<Migration> _migrations;
    private readonly ILogger _logger;

    /// <param name="migrations">Migrations with distinct versions, in any order.</param>
    /// <param name="logger">Receives one line per migration applied; none when null.</param>
    public MigrationRunner(IEnumerable<Migration> migrations, ILogger? logger = null)
    {
        _migrations = migrations.OrderBy(m => m.Version).ToList();
        _logger = logger ?? NullLogger.Instance;
        for (var i = 1; i < _migrations.Count; i++)
        {
            if (_migrations[i].Version == _migrations[i - 1].Version)
            {
                throw new ArgumentException(
                    $"Migrations {_migrations[i - 1]} and {_migrations[i]} have the same version {_migrations[i].Version}.",
                    nameof(migrations));
            }
        }
    }

    /// <summary>Applies the migrations that the database has not recorded yet and returns them, in the order applied.</summary>
    /// <exception cref="MigrationException">
    /// A migration failed (it is rolled back, and the ones before it stay applied), or the database's history disagrees
    /// with the migrations given.
    /// </exception>
    public async Task<IReadOnlyList<Migration>> MigrateAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, MigrationHistory.CreateTableSql, cancellationToken);
            var history = await MigrationHistory.ReadAsync(connection, cancellationToken);
            var pending = FindPending(history, connection.Database);
            foreach (var migration in pending)
            {
                await ApplyAsync(connection, migration, cancellationToken);
            }

            LogUpToDate(connection.Database, pending.Count);
            return pending;
        }
        finally
        {
            // Closing does not end a pooled session, so the lock must be released explicitly (a broken connection
            // has ended its session, and with it the lock).
            if (connection.FullState == ConnectionState.Open)
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
    }

    private List<Migration> FindPending(IReadOnlyDictionary<int, AppliedMigration> history, string database)
    {
        var known = _migrations.ToDictionary(m => m.Version);
        foreach (var applied in history.Values.OrderBy(a => a.Version))
        {
            if (!known.TryGetValue(applied.Version, out var migration))
            {
                throw new MigrationException(
                    $"Database '{database}' has migration {applied.Version:D4}_{applied.Name} applied, which this build " +
                    "does not contain: the database is newer than the code. Deploy a build that includes it.");
            }

            if (applied.Checksum != migration.Checksum)
            {
                throw new MigrationException(
                    $"Migration {migration} was changed after it was applied to database '{database}' (checksum " +
                    $"{applied.Checksum} recorded, {migration.Checksum} now). Restore the file and add a new migration instead.");
            }
        }

        return _migrations.Where(m => !history.ContainsKey(m.Version)).ToList();
    }

    private async Task ApplyAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, migration.Sql, cancellationToken);
            await MigrationHistory.RecordAsync(connection, migration, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException exception)
        {
            throw new MigrationException(
                $"Migration {migration} failed and was rolled back: {exception.SqlState}: {exception.MessageText}", exception);
        }

        LogApplied(migration.ToString(), connection.Database, stopwatch.ElapsedMilliseconds);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        // No timeout: migrations and the wait for the lock may be long; the cancellation token bounds them.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied migration {Migration} to database {Database} in {ElapsedMilliseconds} ms")]
    private partial void LogApplied(string migration, string database, long elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database {Database} is up to date ({AppliedCount} applied now)")]
    private partial void LogUpToDate(string database, int appliedCount);
}
