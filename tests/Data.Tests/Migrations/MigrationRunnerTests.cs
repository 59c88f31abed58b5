using GraphApi.Data.Migrations;
using GraphApi.Testing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GraphApi.Data.Tests.Migrations;

/// <summary>The runner against real, empty databases: one per test, since each test migrates from nothing.</summary>
public sealed class MigrationRunnerTests
{
    private static readonly Migration CreateNotes = new(1, "create_notes", "CREATE TABLE notes (id integer PRIMARY KEY);");
    private static readonly Migration AddNoteText = new(2, "add_note_text", "ALTER TABLE notes ADD COLUMN text text;");

    [Fact]
    public async Task Applies_every_application_migration_to_an_empty_database_and_records_each()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        var applied = await AppMigrations.MigrateAsync(database.ConnectionString);

        Assert.Equal(AppMigrations.All, applied);
        var expected = AppMigrations.All.Select(m => $"{m.Version} {m.Name} {m.Checksum}");
        Assert.Equal(expected, await HistoryAsync(database));
    }

    [Fact]
    public async Task A_second_run_applies_nothing()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await AppMigrations.MigrateAsync(database.ConnectionString);
        var history = await HistoryAsync(database);

        var applied = await AppMigrations.MigrateAsync(database.ConnectionString);

        Assert.Empty(applied);
        Assert.Equal(history, await HistoryAsync(database));
    }

    [Fact]
    public async Task Applies_only_the_migrations_added_since_the_last_run_in_version_order()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await new MigrationRunner([CreateNotes]).MigrateAsync(database.ConnectionString);
        var addIndex = new Migration(3, "index_note_text", "CREATE INDEX ix_notes_text ON notes (text);");

        var applied = await new MigrationRunner([addIndex, AddNoteText, CreateNotes]).MigrateAsync(database.ConnectionString);

        Assert.Equal([AddNoteText, addIndex], applied);
        Assert.Equal(3, (await HistoryAsync(database)).Count);
    }

    [Fact]
    public async Task Two_concurrent_runs_apply_each_migration_once()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        var runs = await Task.WhenAll(
            Task.Run(() => AppMigrations.MigrateAsync(database.ConnectionString)),
            Task.Run(() => AppMigrations.MigrateAsync(database.ConnectionString)));

        Assert.Equal(AppMigrations.All, runs.SelectMany(applied => applied).OrderBy(m => m.Version));
        Assert.Contains(runs, applied => applied.Count == 0);
        Assert.Equal(AppMigrations.All.Count, (await HistoryAsync(database)).Count);
    }

    [Fact]
    public async Task Waits_while_another_session_holds_the_migration_lock()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await using var other = await database.DataSource.OpenConnectionAsync();
        await ExecuteAsync(other, $"SELECT pg_advisory_lock({MigrationRunner.AdvisoryLockKey})");

        var run = new MigrationRunner([CreateNotes]).MigrateAsync(database.ConnectionString);
        await Task.Delay(TimeSpan.FromMilliseconds(500));
        Assert.False(run.IsCompleted, "The runner went on while another session held the advisory lock.");

        await ExecuteAsync(other, $"SELECT pg_advisory_unlock({MigrationRunner.AdvisoryLockKey})");
        Assert.Equal([CreateNotes], await run.WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task Releases_the_lock_when_done_so_the_next_run_can_take_it()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await new MigrationRunner([CreateNotes]).MigrateAsync(database.ConnectionString);
        await using var other = await database.DataSource.OpenConnectionAsync();

        await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({MigrationRunner.AdvisoryLockKey})", other);
        Assert.True((bool)(await command.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task Refuses_to_run_when_an_applied_migration_was_changed()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await new MigrationRunner([CreateNotes]).MigrateAsync(database.ConnectionString);
        var edited = new Migration(1, "create_notes", "CREATE TABLE notes (id bigint PRIMARY KEY);");

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => new MigrationRunner([edited, AddNoteText]).MigrateAsync(database.ConnectionString));

        Assert.Equal(
            $"Migration 0001_create_notes was changed after it was applied to database '{database.Name}' (checksum " +
            $"{CreateNotes.Checksum} recorded, {edited.Checksum} now). Restore the file and add a new migration instead.",
            error.Message);
        Assert.Single(await HistoryAsync(database));
    }

    [Fact]
    public async Task Refuses_to_run_when_the_database_has_a_migration_this_build_does_not_know()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        await new MigrationRunner([CreateNotes, AddNoteText]).MigrateAsync(database.ConnectionString);

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => new MigrationRunner([CreateNotes]).MigrateAsync(database.ConnectionString));

        Assert.StartsWith(
            $"Database '{database.Name}' has migration 0002_add_note_text applied, which this build does not contain",
            error.Message);
    }

    [Fact]
    public async Task A_failing_migration_is_rolled_back_whole_and_the_ones_before_it_stay_applied()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        var failing = new Migration(2, "broken", "CREATE TABLE tags (id integer);\nSELECT 1 / 0;");

        var error = await Assert.ThrowsAsync<MigrationException>(
            () => new MigrationRunner([CreateNotes, failing]).MigrateAsync(database.ConnectionString));

        Assert.Equal("Migration 0002_broken failed and was rolled back: 22012: division by zero", error.Message);
        Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(["1 create_notes " + CreateNotes.Checksum], await HistoryAsync(database));
        Assert.False(await TableExistsAsync(database, "tags"));

        var fixedMigration = new Migration(2, "broken", "CREATE TABLE tags (id integer);");
        Assert.Equal([fixedMigration], await new MigrationRunner([CreateNotes, fixedMigration]).MigrateAsync(database.ConnectionString));
        Assert.True(await TableExistsAsync(database, "tags"));
    }

    [Fact]
    public async Task Logs_each_migration_it_applies()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();
        var logger = new ListLogger();

        await new MigrationRunner([CreateNotes], logger).MigrateAsync(database.ConnectionString);

        Assert.Collection(
            logger.Messages,
            applied => Assert.StartsWith($"Applied migration 0001_create_notes to database {database.Name} in ", applied),
            upToDate => Assert.Equal($"Database {database.Name} is up to date (1 applied now)", upToDate));
    }

    private static async Task<List<string>> HistoryAsync(TestDatabase database)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT version, name, checksum FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt32(0)} {reader.GetString(1)} {reader.GetString(2)}");
        }

        return rows;
    }

    private static async Task<bool> TableExistsAsync(TestDatabase database, string table)
    {
        await using var command = database.DataSource.CreateCommand("SELECT to_regclass($1) IS NOT NULL");
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private sealed class ListLogger : ILogger
    {
        public List<string> Messages { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Messages.Add(formatter(state, exception));
    }
}
