using GraphApi.Data.Migrations;
using GraphApi.Server.Tests.Infrastructure;

namespace GraphApi.Server.Tests.Hosting;

/// <summary>The server migrates its database when it starts, unless told not to, and refuses to start on a bad history.</summary>
public sealed class StartupMigrationTests
{
    private static readonly IReadOnlyList<int> AllVersions = AppMigrations.All.Select(migration => migration.Version).ToList();

    [Fact]
    public async Task Migrates_an_empty_database_before_it_serves_requests()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        await using var server = await ApiServer.StartAsync(database.ConnectionString);

        Assert.Equal(AllVersions, await AppliedMigrations.AppliedVersionsAsync(database));
        var result = await server.QueryAsync("{ userByHandle(handle: \"nobody\") { id } }");
        Assert.False(result.TryGetProperty("errors", out _), result.ToString());
    }

    [Fact]
    public async Task Starts_on_an_up_to_date_database_without_applying_anything()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        await using var server = await ApiServer.StartAsync(database.ConnectionString);

        Assert.Equal(AllVersions, await AppliedMigrations.AppliedVersionsAsync(database));
    }

    [Fact]
    public async Task Leaves_the_database_alone_when_migrating_at_startup_is_switched_off()
    {
        await using var database = await TestDatabase.CreateEmptyAsync();

        await using var server = await ApiServer.StartAsync(database.ConnectionString, "--Database:MigrateAtStartup=false");

        Assert.Null(await AppliedMigrations.AppliedVersionsAsync(database));
    }

    [Fact]
    public async Task Does_not_start_when_the_database_has_a_migration_this_build_does_not_know()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();
        await AppliedMigrations.RecordAsync(database, 9999, "from_the_future");

        var exception = await Assert.ThrowsAsync<MigrationException>(() => ApiServer.StartAsync(database.ConnectionString));

        Assert.Contains("has migration 9999_from_the_future applied, which this build does not contain", exception.Message);
    }

    [Fact]
    public async Task Does_not_start_with_a_malformed_redis_connection_string()
    {
        await using var database = await TestDatabase.CreateMigratedAsync();

        var exception = await Assert.ThrowsAsync<FormatException>(
            () => ApiServer.StartAsync(database.ConnectionString, "--ConnectionStrings:Redis=redis:port"));

        Assert.Contains("ConnectionStrings:Redis 'redis:port'", exception.Message);
    }
}
