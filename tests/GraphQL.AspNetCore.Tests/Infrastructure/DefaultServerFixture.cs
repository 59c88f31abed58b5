namespace GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>One server with the default options, shared by the tests of a class.</summary>
public sealed class DefaultServerFixture : IAsyncLifetime
{
    private GraphQLTestServer? _server;

    internal GraphQLTestServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await GraphQLTestServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
