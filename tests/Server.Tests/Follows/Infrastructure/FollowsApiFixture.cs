using GraphApi.Server.Tests.Accounts.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Follows.Infrastructure;

/// <summary>
/// The accounts fixture (a server on the class's own database, accounts made through the API) with a
/// <see cref="SqlStatementCounter"/> on the server's contexts and the follow operations (<see cref="Follows"/>).
/// </summary>
public sealed class FollowsApiFixture : AccountsApiFixture
{
    private FollowsApi? _follows;

    /// <summary>Counts the SQL statements the server sends.</summary>
    public SqlStatementCounter Sql { get; } = new();

    public FollowsApi Follows => _follows ??= new FollowsApi(Api, Database);

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        Sql.AddTo(services);
    }
}
