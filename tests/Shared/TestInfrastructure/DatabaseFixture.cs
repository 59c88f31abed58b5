using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit;

namespace GraphApi.Testing;

/// <summary>
/// An xunit class fixture that gives the test class its own migrated database, cloned from the template, and drops it
/// after the class's last test: <c>class UserTests(DatabaseFixture database) : IClassFixture&lt;DatabaseFixture&gt;</c>.
/// Test classes run in parallel, each on its own database.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The database; available once xunit has initialized the fixture.</summary>
    public TestDatabase Database =>
        _database ?? throw new InvalidOperationException("The DatabaseFixture is used before xunit initialized it.");

    public string ConnectionString => Database.ConnectionString;

    public NpgsqlDataSource DataSource => Database.DataSource;

    public IDbContextFactory<AppDbContext> DbContextFactory => Database.DbContextFactory;

    public AppDbContext CreateDbContext() => Database.CreateDbContext();

    public async Task InitializeAsync() => _database = await TestDatabase.CreateMigratedAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
