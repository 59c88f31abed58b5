using System.Net;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>
/// The GraphQL request rate limit on a server that allows 3 requests a minute. Each test uses loopback addresses of its
/// own; accounts are made on a second server (same database, no tight limit), whose tokens the limited one accepts.
/// </summary>
public sealed class RequestRateLimitTests(RequestRateLimitTests.Fixture fixture) : IClassFixture<RequestRateLimitTests.Fixture>
{
    private Uri Limited => fixture.Limited.BaseAddress;

    [Fact]
    public async Task An_anonymous_client_gets_three_requests_a_minute_then_429_with_retry_after_and_nothing_runs()
    {
        using var client = new LoopbackHttp(Limited, "127.0.0.61");
        using var neighbour = new LoopbackHttp(Limited, "127.0.0.62");
        await client.SpendAsync(2);
        using (var get = await client.GetAsync("/graphql?query=%7B__typename%7D"))
        {
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        }
        var email = AccountsApi.NewEmail();

        using var refused = await client.PostAsync(
            "mutation($email: String!) { requestSignUpCode(input: { email: $email }) { errors { __typename } } }", new { email });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
        Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
        var error = await LoopbackHttp.SingleErrorAsync(refused);
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.StartsWith("Too many requests: at most 3 per 00:01:00 for each user (or client address when not signed in); try again in ",
            error.GetProperty("message").GetString());
        await using (var db = fixture.Database.CreateDbContext())
        {
            Assert.False(await db.EmailOutbox.AnyAsync(m => m.ToAddress == email), "the refused mutation sent an email");
        }
        using var other = await neighbour.PostAsync();
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task The_refusal_is_written_in_the_negotiated_media_type_and_also_refuses_server_sent_events()
    {
        using var client = new LoopbackHttp(Limited, "127.0.0.63");
        await client.SpendAsync(3);

        using var graphQLResponse = await client.PostAsync(accept: "application/graphql-response+json");
        using var eventStream = await client.PostAsync("subscription { notificationReceived { id } }", accept: "text/event-stream");

        Assert.Equal(HttpStatusCode.TooManyRequests, graphQLResponse.StatusCode);
        Assert.Equal("application/graphql-response+json", graphQLResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("RATE_LIMITED", (await LoopbackHttp.SingleErrorAsync(graphQLResponse)).GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, eventStream.StatusCode);
        Assert.Equal("application/json", eventStream.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Health_the_ide_and_the_sdl_are_not_counted()
    {
        using var client = new LoopbackHttp(Limited, "127.0.0.64");
        foreach (var (path, accept) in new[]
        {
            ("/health/live", (string?)null), ("/health/ready", null), ("/graphql", "text/html"), ("/graphql?sdl", null),
            ("/graphql/schema.graphql", null), ("/graphql", "text/html"),
        })
        {
            using var response = await client.GetAsync(path, accept);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} got {(int)response.StatusCode}");
        }

        await client.SpendAsync(3);
        using var refused = await client.PostAsync();
        using var health = await client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_user_has_a_budget_of_their_own_from_any_address()
    {
        var user = await fixture.Setup.NewUserAsync();
        using var crowded = new LoopbackHttp(Limited, "127.0.0.65");
        using var second = new LoopbackHttp(Limited, "127.0.0.66");
        using var third = new LoopbackHttp(Limited, "127.0.0.67");
        await crowded.SpendAsync(3);

        await crowded.SpendAsync(1, user.AccessToken);
        await second.SpendAsync(2, user.AccessToken);
        using var refused = await third.PostAsync(accessToken: user.AccessToken);
        using var anonymous = await third.PostAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task WebSocket_upgrades_are_counted_and_refused_with_429_over_the_limit()
    {
        using var client = new LoopbackHttp(Limited, "127.0.0.68");

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.SwitchingProtocols, await client.UpgradeAsync());
        }
        var refused = await client.UpgradeAsync();

        Assert.Equal(HttpStatusCode.TooManyRequests, refused);
    }

    /// <summary>The limited server, and a second one on the same database for setting up accounts.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        private TestDatabase? _database;
        private ApiServer? _limited;
        private ApiServer? _setupServer;
        private AccountsApi? _setup;

        public TestDatabase Database => _database!;

        public ApiServer Limited => _limited!;

        public AccountsApi Setup => _setup!;

        public async Task InitializeAsync()
        {
            _database = await TestDatabase.CreateMigratedAsync();
            _limited = await ApiServer.StartAsync(_database.ConnectionString, "--GraphQL:RateLimit:PermitLimit=3");
            _setupServer = await ApiServer.StartAsync(_database.ConnectionString, "--Database:MigrateAtStartup=false");
            _setup = new AccountsApi(_setupServer, _database);
        }

        public async Task DisposeAsync()
        {
            _setup?.Dispose();
            foreach (var server in new[] { _limited, _setupServer })
            {
                if (server is not null)
                {
                    await server.DisposeAsync();
                }
            }
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
