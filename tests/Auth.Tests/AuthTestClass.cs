using GraphApi.Auth.Accounts;
using GraphApi.Testing;

namespace GraphApi.Auth.Tests;

/// <summary>A test class with its own database and fresh account services (<see cref="TestAuth"/>) for each test.</summary>
public abstract class AuthTestClass(DatabaseFixture database) : IClassFixture<DatabaseFixture>, IAsyncLifetime
{
    protected DatabaseFixture Database { get; } = database;

    protected TestAuth Auth { get; private set; } = null!;

    protected AccountService Accounts => Auth.Accounts;

    public Task InitializeAsync()
    {
        Auth = TestAuth.Create(Database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Auth.DisposeAsync();
}
