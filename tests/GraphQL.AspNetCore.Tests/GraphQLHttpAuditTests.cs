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
        var folder = RepositoryPaths.NodePackage("tests/graphql-http");

        var (exitCode, report) = await NodeScript.RunAsync(folder, TimeSpan.FromMinutes(2), "audit.mjs", fixture.Server.Endpoint.ToString());

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        var notPassed = report.Split('\n').Where(line => line.StartsWith("WARN ", StringComparison.Ordinal) || line.StartsWith("NOTE ", StringComparison.Ordinal));
        Assert.Empty(notPassed);
    }
}
