using GraphApi.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphApi.Server.Tests.Http;

/// <summary>
/// The graphql-http server audit against the real server with the product schema: every MUST passes, and so does every
/// SHOULD and MAY.
/// </summary>
public sealed class GraphQLHttpAuditTests(ApiServerFixture api, ITestOutputHelper output) : IClassFixture<ApiServerFixture>
{
    [Fact]
    public async Task The_server_passes_the_graphql_over_http_audit()
    {
        var report = await GraphQLHttpAudit.RunAsync(api.Server.GraphQLEndpoint);

        output.WriteLine(report.Output);
        Assert.True(report.EveryMustPassed, report.Output);
        Assert.Empty(report.NotPassed);
    }
}
