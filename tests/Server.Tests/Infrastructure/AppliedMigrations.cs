using Npgsql;

namespace GraphApi.Server.Tests.Infrastructure;

/// <summary>Reads which migrations a database has recorded.</summary>
internal static class AppliedMigrations
{
    /// <summary>The versions in <c>schema_migrations</c>, in order; null when the table does not exist.</summary>
    public static async Task<IReadOnlyList<int>?> AppliedVersionsAsync(TestDatabase database)
    {
        await using var exists = database.DataSource.CreateCommand("SELECT to_regclass('schema_migrations') IS NOT NULL");
        if (!(bool)(await exists.ExecuteScalarAsync())!)
        {
            return null;
        }
        await using var command = database.DataSource.CreateCommand("SELECT version FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<int>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetInt32(0));
        }
        return versions;
    }

    public static async Task RecordAsync(TestDatabase database, int version, string name)
    {
        await using var command = database.DataSource.CreateCommand(
            "INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, 'unknown')");
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        await command.ExecuteNonQueryAsync();
    }
}
