using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace GraphApi.Testing;

/// <summary>
/// A database of its own for one test class (or one test), on the tests' PostgreSQL server; dropped when disposed.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = TestPostgres.ForDatabase(name);
        DataSource = NpgsqlDataSource.Create(ConnectionString);
        DbContextFactory = new PooledDbContextFactory<AppDbContext>(
            new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(DataSource).Options);
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>Connections to this database; disposed (and its connections closed) with it.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>A factory of <see cref="AppDbContext"/> on this database, as the application gets from DI.</summary>
    public IDbContextFactory<AppDbContext> DbContextFactory { get; }

    /// <summary>A new database cloned from the migrated <see cref="TemplateDatabase"/>.</summary>
    public static async Task<TestDatabase> CreateMigratedAsync(CancellationToken cancellationToken = default)
    {
        await TemplateDatabase.EnsureCreatedAsync();
        return await CreateAsync($"TEMPLATE {TemplateDatabase.Name}", cancellationToken);
    }

    /// <summary>A new database without any table, for testing migrations themselves.</summary>
    public static Task<TestDatabase> CreateEmptyAsync(CancellationToken cancellationToken = default) =>
        CreateAsync("", cancellationToken);

    public AppDbContext CreateDbContext() => DbContextFactory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await using var connection = await TestPostgres.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.ExecuteAsync($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < MaxDropAttempts)
            {
                // FORCE may not terminate an autovacuum worker that is in the database (a role that is not a superuser
                // lacks the right to); the worker finishes within moments, so try again.
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    /// <summary>How often <see cref="DisposeAsync"/> tries to drop the database (200 ms apart).</summary>
    private const int MaxDropAttempts = 50;

    private static async Task<TestDatabase> CreateAsync(string options, CancellationToken cancellationToken)
    {
        var name = $"graphapi_test_{Guid.NewGuid():N}";
        await using var connection = await TestPostgres.OpenAsync(cancellationToken);
        await connection.ExecuteAsync($"CREATE DATABASE {name} {options}", cancellationToken);
        return new TestDatabase(name);
    }
}
