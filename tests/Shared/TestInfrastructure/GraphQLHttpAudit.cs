namespace GraphApi.Testing;

/// <summary>
/// The graphql-http server audit (npm graphql-http, <c>auditServer</c>): tests/graphql-http/audit.mjs run with Node.js
/// against a live GraphQL endpoint. scripts/deps installs its packages.
/// </summary>
public static class GraphQLHttpAudit
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<GraphQLHttpAuditReport> RunAsync(Uri endpoint)
    {
        var folder = RepositoryPaths.NodePackage("tests/graphql-http");
        var (exitCode, output) = await NodeScript.RunAsync(folder, Timeout, "audit.mjs", endpoint.ToString());
        return new GraphQLHttpAuditReport(exitCode, output);
    }
}

/// <summary>
/// What audit.mjs printed, one line per audit: <c>PASS</c>, <c>FAIL</c> (a MUST), <c>WARN</c> (a SHOULD not met) or
/// <c>NOTE</c> (a MAY not taken), then a summary line.
/// </summary>
public sealed record GraphQLHttpAuditReport(int ExitCode, string Output)
{
    /// <summary>Whether every MUST passed (the script exits with 1 otherwise).</summary>
    public bool EveryMustPassed => ExitCode == 0;

    /// <summary>The SHOULD and MAY audits that did not pass.</summary>
    public IReadOnlyList<string> NotPassed =>
        Output.Split('\n').Where(line => line.StartsWith("WARN ", StringComparison.Ordinal) || line.StartsWith("NOTE ", StringComparison.Ordinal)).ToList();
}
