using GraphApi.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Accounts.Infrastructure;

/// <summary>
/// A class fixture: the API server on a database of the test class's own, with a clock that the tests move
/// (<see cref="Time"/>, the server's <see cref="TimeProvider"/>) and sign-in rate limits high enough not to interfere.
/// Tests of a class share the server and its clock, so each creates its own accounts and only moves time forward.
/// </summary>
public class AccountsApiFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiServer? _server;
    private AccountsApi? _api;

    public ManualTimeProvider Time { get; } = new();

    public TestDatabase Database => _database ?? throw NotInitialized();

    public ApiServer Server => _server ?? throw NotInitialized();

    /// <summary>The account operations through a client at 127.0.0.1.</summary>
    public AccountsApi Api => _api ?? throw NotInitialized();

    /// <summary>Settings given to the server (as command-line arguments).</summary>
    protected virtual string[] Settings =>
    [
        "--Auth:SignInRateLimit:PerIpPermitLimit=100000",
        "--Auth:SignInRateLimit:PerAccountPermitLimit=100000",
    ];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        _server = await ApiServer.StartAsync(_database.ConnectionString, ConfigureServices, Settings);
        _api = new AccountsApi(_server, _database);
    }

    /// <summary>Services given to the server, replacing the application's: the clock; derived fixtures add theirs.</summary>
    protected virtual void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Time);

    public async Task DisposeAsync()
    {
        _api?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static InvalidOperationException NotInitialized() => new("The AccountsApiFixture is used before xunit initialized it.");
}
