using System.Security.Cryptography;
using System.Text;
using GraphApi.Data.Migrations;
using Npgsql;

namespace GraphApi.Testing;

/// <summary>
/// A database with every migration applied, from which each test class's database is cloned (cloning takes a fraction
/// of the time migrating does). It is built once per set of migrations: its name carries a hash of their checksums, so
/// an edited or added migration gets a new template, and an existing template is reused across test runs.
/// </summary>
/// <remarks>
/// Test assemblies run in parallel processes, so building is guarded by an advisory lock on the maintenance database,
/// and the template is built under a temporary name and renamed when complete: a database with the template's name is
/// always fully migrated, and nothing connects to it after that (a template with connections cannot be cloned).
/// </remarks>
public static class TemplateDatabase
{
    /// <summary>Held while a process checks for or builds the template: the bytes of "GATempl8".</summary>
    private const long BuildLockKey = 0x4741_5465_6D70_6C38;

    private static readonly Lazy<Task> Built = new(BuildAsync);

    /// <summary><c>graphapi_template_</c> and the first 16 hex digits of a hash of every migration's checksum.</summary>
    public static string Name { get; } = "graphapi_template_" + HashOfMigrations()[..16];

    /// <summary>Builds the template unless it exists; the first call of the process does the work, the others await it.</summary>
    public static Task EnsureCreatedAsync() => Built.Value;

    private static async Task BuildAsync()
    {
        await using var connection = await TestPostgres.OpenAsync();
        await connection.ExecuteAsync($"SELECT pg_advisory_lock({BuildLockKey})");
        try
        {
            if (!await ExistsAsync(connection, Name))
            {
                var building = Name + "_building";
                await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {building} WITH (FORCE)");
                await connection.ExecuteAsync($"CREATE DATABASE {building}");
                await AppMigrations.MigrateAsync(TestPostgres.ForDatabase(building, pooling: false));
                await connection.ExecuteAsync($"ALTER DATABASE {building} RENAME TO {Name}");
            }
        }
        finally
        {
            await connection.ExecuteAsync($"SELECT pg_advisory_unlock({BuildLockKey})");
        }
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string database)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", connection)
        {
            Parameters = { new() { Value = database } },
        };
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private static string HashOfMigrations()
    {
        var checksums = string.Join('\n', AppMigrations.All.Select(m => $"{m.Version}:{m.Checksum}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(checksums)));
    }
}
