using GraphQL.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphQL.AspNetCore.Tests;

/// <summary>
/// The graphql-http server audit (npm graphql-http, <c>auditServer</c>) against a live server: every MUST passes,
/// and the audits that do not pass are exactly the ones src/GraphQL.AspNetCore/README.md explains.
/// </summary>
public sealed class GraphQLHttpAuditTests(DefaultServerFixture fixture, ITestOutputHelper output) : IClassFixture<DefaultServerFixture>
{
    [Fact]
    public async Task Every_must_of_the_graphql_over_http_audit_passes()
    {
        var report = await GraphQLHttpAudit.RunAsync(fixture.Server.Endpoint);

        output.WriteLine(report.Output);
        Assert.True(report.EveryMustPassed, report.Output);
        Assert.Empty(report.NotPassed);
    }
}
