using System.Security.Claims;
using GraphQL.AspNetCore.Tests.Infrastructure;
using GraphQL.AspNetCore.WebSockets;

namespace GraphQL.AspNetCore.Tests.Live.WebSockets;

/// <summary>Who a socket's operations run as, per-subscription authorization, and the end of an expired session.</summary>
public sealed class WebSocketAuthenticationTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Live => fixture.Live;

    [Fact]
    public async Task The_interceptor_signs_the_session_in_from_the_connection_init_payload()
    {
        await using var socket = await Live.ConnectAsync(user: "mallory");
        await socket.InitAsync(new { authorization = "Bearer ada" });

        await socket.SubscribeAsync("me", "{ me }");

        Assert.Equal("ada", (await socket.ReceiveAsync("next", "me")).GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task The_default_interceptor_runs_operations_as_the_upgrade_requests_user()
    {
        await using var server = await GraphQLTestServer.StartAsync();
        await using var socket = await TestSocket.ConnectAsync(server.WebSocketEndpoint, user: "grace");
        await socket.InitAsync(new { authorization = "Bearer ada" });

        await socket.SubscribeAsync("me", "{ me }");

        Assert.Equal("grace", (await socket.ReceiveAsync("next", "me")).GetProperty("payload").GetProperty("data").GetProperty("me").GetString());
    }

    [Fact]
    public async Task A_subscription_the_user_may_not_read_is_refused_with_an_error_and_the_socket_stays_open()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync(new { authorization = "Bearer bob" });

        await socket.SubscribeAsync("secret", """subscription { secret(topic: "ada-only") }""");

        var error = (await socket.ReceiveAsync("error", "secret")).GetProperty("payload")[0];
        Assert.Equal("AUTH_NOT_AUTHORIZED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, Live.Hub.SubscriberCount("ada-only"));
        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task A_subscription_needing_a_user_is_refused_for_an_anonymous_session()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync();

        await socket.SubscribeAsync("secret", """subscription { secret(topic: "ada-only") }""");

        var error = (await socket.ReceiveAsync("error", "secret")).GetProperty("payload")[0];
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        await socket.ExpectOpenAndQuietAsync();
    }

    [Fact]
    public async Task A_subscription_the_user_may_read_receives_its_events()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync(new { authorization = "Bearer ada" });

        await socket.SubscribeAsync("secret", """subscription { secret(topic: "for-ada") }""");
        await Live.Hub.WaitForSubscribersAsync("for-ada", 1);
        Live.Hub.Publish("for-ada", "hello ada");

        var next = await socket.ReceiveAsync("next", "secret");
        Assert.Equal("hello ada", next.GetProperty("payload").GetProperty("data").GetProperty("secret").GetString());
    }

    [Fact]
    public async Task When_the_session_expires_its_subscriptions_end_with_an_error_and_the_socket_closes_with_4403()
    {
        await using var socket = await Live.ConnectAsync();
        await socket.InitAsync(new { authorization = "Bearer ada", expiresInMs = 500 });
        await socket.SubscribeAsync("live", """subscription { events(topic: "expiring") }""");
        await Live.Hub.WaitForSubscribersAsync("expiring", 1);

        var (code, reason, messages) = await socket.ReceiveCloseAsync();

        Assert.Equal((4403, "Authentication expired"), (code, reason));
        var error = Assert.Single(messages);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("live", error.GetProperty("id").GetString());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
        await Live.Hub.WaitForSubscribersAsync("expiring", 0);
    }

    [Fact]
    public void The_default_interceptor_reads_the_expiry_from_an_exp_claim()
    {
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim("exp", "1893456000")], "Bearer"));

        Assert.Equal(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), DefaultSocketSessionInterceptor.ExpiryOf(user));
        Assert.Null(DefaultSocketSessionInterceptor.ExpiryOf(new ClaimsPrincipal(new ClaimsIdentity())));
    }
}
