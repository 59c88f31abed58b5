using System.Net;
using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>
/// <c>X-Forwarded-For</c> decides the client address only when the connection comes from a configured proxy; sign-in
/// allows 2 attempts per address here.
/// </summary>
public sealed class ForwardedHeadersTests : IAsyncLifetime
{
    private TestDatabase? _database;

    private string Postgres => _database!.ConnectionString;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateMigratedAsync();

    [Theory]
    [InlineData("--ForwardedHeaders:KnownProxies:0=127.0.0.81")]
    [InlineData("--ForwardedHeaders:KnownNetworks:0=127.0.0.80/30")]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_a_sign_in_budget_of_its_own(string proxySetting)
    {
        await using var server = await StartAsync(proxySetting);
        using var proxy = new LoopbackHttp(server.BaseAddress, "127.0.0.81");

        await AssertSignInAsync(proxy, "203.0.113.1", "InvalidCredentialsError");
        await AssertSignInAsync(proxy, "203.0.113.1", "InvalidCredentialsError");
        await AssertSignInAsync(proxy, "203.0.113.1", "TooManyAttemptsError");
        await AssertSignInAsync(proxy, "203.0.113.2", "InvalidCredentialsError");
        await AssertSignInAsync(proxy, "198.51.100.7, 203.0.113.3", "InvalidCredentialsError");
    }

    [Fact]
    public async Task Without_known_proxies_the_header_is_ignored_so_it_cannot_dodge_the_limit()
    {
        await using var server = await StartAsync();
        using var client = new LoopbackHttp(server.BaseAddress, "127.0.0.82");

        await AssertSignInAsync(client, "203.0.113.1", "InvalidCredentialsError");
        await AssertSignInAsync(client, "203.0.113.2", "InvalidCredentialsError");
        await AssertSignInAsync(client, "203.0.113.3", "TooManyAttemptsError");
    }

    [Fact]
    public async Task A_request_through_an_address_that_is_not_a_known_proxy_keeps_its_own_address()
    {
        await using var server = await StartAsync("--ForwardedHeaders:KnownProxies:0=127.0.0.83");
        using var stranger = new LoopbackHttp(server.BaseAddress, "127.0.0.84");

        await AssertSignInAsync(stranger, "203.0.113.1", "InvalidCredentialsError");
        await AssertSignInAsync(stranger, "203.0.113.2", "InvalidCredentialsError");
        await AssertSignInAsync(stranger, "203.0.113.3", "TooManyAttemptsError");
    }

    [Theory]
    [InlineData("--ForwardedHeaders:KnownProxies:0=not-an-address", "ForwardedHeaders:KnownProxies:0 'not-an-address' is not an IP address.")]
    [InlineData("--ForwardedHeaders:KnownNetworks:0=10.0.0.0", "ForwardedHeaders:KnownNetworks:0 '10.0.0.0' is not a CIDR range such as 10.0.0.0/8.")]
    public async Task A_malformed_proxy_setting_stops_the_start_naming_it(string setting, string message)
    {
        var error = await Assert.ThrowsAsync<FormatException>(() => StartAsync(setting, "--Database:MigrateAtStartup=false"));

        Assert.Equal(message, error.Message);
    }

    private Task<ApiServer> StartAsync(params string[] settings) => ApiServer.StartAsync(
        Postgres, ["--Auth:SignInRateLimit:PerIpPermitLimit=2", .. settings]);

    private static async Task AssertSignInAsync(LoopbackHttp client, string forwardedFor, string expectedError)
    {
        using var response = await client.PostAsync(AccountOperations.SignIn, new { email = AccountsApi.NewEmail(), password = "wrong password" }, forwardedFor: forwardedFor);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(body.GetProperty("data").GetProperty("signIn").GetProperty("errors").EnumerateArray());
        Assert.Equal(expectedError, error.GetProperty("__typename").GetString());
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
