namespace GraphApi.Server.Tests.Infrastructure;

/// <summary>
/// A class fixture: a migrated database of the test class's own and the API server started against it,
/// <c>class UserQueryTests(ApiServerFixture api) : IClassFixture&lt;ApiServerFixture&gt;</c>. Put rows in with
/// <c>api.Database.CreateDbContext()</c>, ask over HTTP with <c>api.Server</c>.
/// </summary>
public sealed class ApiServerFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiServer? _server;

    public TestDatabase Database => _database ?? throw NotInitialized();

    public ApiServer Server => _server ?? throw NotInitialized();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        _server = await ApiServer.StartAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static InvalidOperationException NotInitialized() =>
        new("The ApiServerFixture is used before xunit initialized it.");
}
