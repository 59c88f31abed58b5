using GraphQL.AspNetCore.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GraphQL.AspNetCore.Tests;

/// <summary>
/// Debian's headless Chromium (driven by tests/browser/ide.mjs with playwright-core) opens the IDE at a live server,
/// runs <c>{ __typename }</c> through it and keeps a screenshot in artifacts/screenshots.
/// </summary>
public sealed class BananaCakePopBrowserTests(DefaultServerFixture fixture, ITestOutputHelper output) : IClassFixture<DefaultServerFixture>
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task Chromium_runs_a_query_through_banana_cake_pop_without_leaving_the_server()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/deps --tests first.");
        var folder = RepositoryPaths.NodePackage("tests/browser");
        var screenshots = Path.Combine(RepositoryPaths.Root, "artifacts", "screenshots");
        var screenshot = Path.Combine(screenshots, "banana-cake-pop.png");
        Directory.CreateDirectory(screenshots);
        File.Delete(screenshot);

        var (exitCode, report) = await NodeScript.RunAsync(
            folder, TimeSpan.FromMinutes(3), "ide.mjs", fixture.Server.Endpoint.ToString(), screenshots);

        output.WriteLine(report);
        Assert.True(exitCode == 0, report);
        Assert.Contains("shows \"__typename\": \"Query\"", report);
        Assert.DoesNotContain("requests to other hosts", report);
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"No screenshot at {screenshot}.");
    }
}
