using Npgsql;

namespace GraphApi.Data.Migrations;

/// <summary>A row of <c>schema_migrations</c>.</summary>
internal sealed record AppliedMigration(int Version, string Name, string Checksum);

/// <summary>The <c>schema_migrations</c> table, where the runner records each migration it applied.</summary>
internal static class MigrationHistory
{
    public const string CreateTableSql = """
        CREATE TABLE IF NOT EXISTS schema_migrations (
            version    integer     NOT NULL,
            name       text        NOT NULL,
            checksum   text        NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            CONSTRAINT pk_schema_migrations PRIMARY KEY (version)
        )
        """;

    public static async Task<IReadOnlyDictionary<int, AppliedMigration>> ReadAsync(
        NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT version, name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var applied = new Dictionary<int, AppliedMigration>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new AppliedMigration(reader.GetInt32(0), reader.GetString(1), reader.GetString(2));
            applied.Add(row.Version, row);
        }

        return applied;
    }

    public static async Task RecordAsync(NpgsqlConnection connection, Migration migration, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)", connection)
        {
            Parameters = { new() { Value = migration.Version }, new() { Value = migration.Name }, new() { Value = migration.Checksum } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
