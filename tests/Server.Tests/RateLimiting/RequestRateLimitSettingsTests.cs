using System.Net;
using GraphApi.Server.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>The <c>GraphQL:RateLimit</c> settings: the window, switching the limit off, invalid values.</summary>
public sealed class RequestRateLimitSettingsTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private string Postgres => _database!.ConnectionString;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateMigratedAsync();

    [Fact]
    public async Task The_budget_starts_over_when_the_window_has_passed()
    {
        await using var server = await ApiServer.StartAsync(Postgres, "--GraphQL:RateLimit:PermitLimit=1", "--GraphQL:RateLimit:Window=00:00:01");
        using var client = new LoopbackHttp(server.BaseAddress, "127.0.0.71");
        // A window may end between two requests, so send until one is refused.
        HttpResponseMessage response;
        var sent = 0;
        do
        {
            response = await client.PostAsync();
            sent++;
        }
        while (response.StatusCode == HttpStatusCode.OK && sent < 20);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = int.Parse(response.Headers.GetValues("Retry-After").Single());
        response.Dispose();
        Assert.Equal(1, retryAfter);

        await Task.Delay(TimeSpan.FromSeconds(retryAfter) + TimeSpan.FromMilliseconds(100));

        using var again = await client.PostAsync();
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Enable_false_lets_every_request_through()
    {
        await using var server = await ApiServer.StartAsync(Postgres, "--GraphQL:RateLimit:PermitLimit=1", "--GraphQL:RateLimit:Enable=false");
        using var client = new LoopbackHttp(server.BaseAddress, "127.0.0.72");

        await client.SpendAsync(5);
        Assert.Equal(HttpStatusCode.SwitchingProtocols, await client.UpgradeAsync());
    }

    [Theory]
    [InlineData("--GraphQL:RateLimit:PermitLimit=0", "GraphQL:RateLimit:PermitLimit must be at least 1.")]
    [InlineData("--GraphQL:RateLimit:Window=00:00:00", "GraphQL:RateLimit:Window must be positive.")]
    public async Task Invalid_settings_stop_the_start_with_a_message_naming_them(string setting, string message)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => ApiServer.StartAsync(Postgres, setting, "--Database:MigrateAtStartup=false"));

        Assert.Contains(message, error.Failures);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
