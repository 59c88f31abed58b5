using System.Diagnostics;
using GraphQL.Types;
using Xunit.Abstractions;

namespace GraphQL.Tests.Introspection;

/// <summary>
/// The check with graphql-js, the reference implementation (tests/graphql-js/check.mjs): it must accept our
/// introspection result and our printed SDL for <see cref="ReferenceSchema"/>, and print both to the same text as
/// our SDL. Needs node and <c>npm ci</c> in tests/graphql-js (scripts/deps).
/// </summary>
public class ReferenceImplementationTests(ITestOutputHelper output)
{
    private static readonly string CheckScript = Path.Combine(RepositoryFiles.Root, "tests", "graphql-js", "check.mjs");

    [Fact]
    public async Task Graphql_js_builds_the_same_schema_from_our_introspection_and_our_sdl()
    {
        var schema = ReferenceSchema.Build();
        var introspection = await IntrospectionExecution.ExecuteAsync(schema, RepositoryFiles.IntrospectionQuery);
        Assert.True(introspection.Errors.Count == 0, "The introspection query failed: " + introspection.ToJson());
        var directory = Directory.CreateTempSubdirectory("graphql-js-check-");
        File.WriteAllText(Path.Combine(directory.FullName, "introspection.json"), introspection.ToJson());
        File.WriteAllText(Path.Combine(directory.FullName, "schema.graphql"), SchemaPrinter.Print(schema));

        var (exitCode, text) = RunNode(CheckScript, directory.FullName);

        output.WriteLine(text);
        Assert.True(exitCode == 0, $"graphql-js disagrees (the files are kept in {directory.FullName}):\n{text}");
        directory.Delete(recursive: true);
    }

    [Fact]
    public void Introspection_query_file_is_the_one_graphql_js_makes()
    {
        var (exitCode, text) = RunNode(CheckScript, "--print-query");

        Assert.Equal(0, exitCode);
        Assert.Equal(text, RepositoryFiles.IntrospectionQuery);
    }

    /// <summary>Runs node on the script; the exit code and everything it wrote (stdout, then stderr).</summary>
    private static (int ExitCode, string Output) RunNode(params string[] arguments)
    {
        var nodeModules = Path.Combine(RepositoryFiles.Root, "tests", "graphql-js", "node_modules", "graphql");
        if (!Directory.Exists(nodeModules))
        {
            Assert.Fail($"graphql-js is not installed in {nodeModules}: run scripts/deps --tests first.");
        }
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(CheckScript),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started.");
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("node did not finish within a minute.");
        }
        return (process.ExitCode, standardOutput.Result + standardError.Result);
    }
}
