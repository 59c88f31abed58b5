using Npgsql;

namespace GraphApi.Testing;

/// <summary>
/// The PostgreSQL server the tests use: <c>ConnectionStrings__Postgres</c> when set, otherwise the one that
/// <c>scripts/services</c> provides. Its role must be allowed to create databases.
/// </summary>
public static class TestPostgres
{
    /// <summary>What <c>scripts/services</c> sets up.</summary>
    public const string DefaultConnectionString =
        "Host=127.0.0.1;Port=5432;Database=graphapi;Username=graphapi;Password=graphapi";

    /// <summary>The server's connection string, to its maintenance database (where databases are created and dropped).</summary>
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Postgres") is { Length: > 0 } configured
            ? configured
            : DefaultConnectionString;

    /// <summary>The connection string for another database on the same server.</summary>
    public static string ForDatabase(string database, bool pooling = true) =>
        new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database, Pooling = pooling }.ConnectionString;

    /// <summary>Opens a connection to the maintenance database, or says how to start the server when it is not there.</summary>
    internal static async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (NpgsqlException exception)
        {
            await connection.DisposeAsync();
            throw new InvalidOperationException(
                "Cannot connect to the tests' PostgreSQL (" + Describe() + "). Start it with scripts/services, or set " +
                "ConnectionStrings__Postgres to a server whose role may create databases.", exception);
        }
    }

    private static string Describe()
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    /// <summary>Runs one statement, without a timeout (creating and dropping databases may wait for checkpoints).</summary>
    internal static async Task ExecuteAsync(this NpgsqlConnection connection, string sql, CancellationToken cancellationToken = default)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
