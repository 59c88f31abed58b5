using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;

namespace GraphApi.Server.Tests.Posts.Infrastructure;

/// <summary>
/// A class fixture: the API server on a database of the test class's own, counting the SQL statements it runs
/// (<see cref="Statements"/>), with the account and post shortcuts of <see cref="Api"/>. Tests of a class share the
/// server, so each creates its own users and posts.
/// </summary>
public sealed class PostsApiFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private ApiServer? _server;
    private PostsApi? _api;

    /// <summary>Every statement the server's contexts run.</summary>
    public SqlStatementCounter Statements { get; } = new();

    public TestDatabase Database => _database ?? throw NotInitialized();

    public ApiServer Server => _server ?? throw NotInitialized();

    public PostsApi Api => _api ?? throw NotInitialized();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateMigratedAsync();
        _server = await ApiServer.StartAsync(
            _database.ConnectionString,
            services => Statements.AddTo(services),
            "--Auth:SignInRateLimit:PerIpPermitLimit=100000",
            "--Auth:SignInRateLimit:PerAccountPermitLimit=100000");
        _api = new PostsApi(new AccountsApi(_server, _database), _database);
    }

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

    private static InvalidOperationException NotInitialized() => new("The PostsApiFixture is used before xunit initialized it.");
}
