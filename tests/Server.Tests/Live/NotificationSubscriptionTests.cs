using GraphApi.Data.Notifications;
using GraphApi.Schema.Notifications;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Live.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Server.Tests.Live;

/// <summary>notificationReceived through the graphql-ws client: who may subscribe, and that only one's own arrive.</summary>
public sealed class NotificationSubscriptionTests(LiveApiFixture fixture) : IClassFixture<LiveApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private NotificationService Notifications => fixture.Server.Services.GetRequiredService<NotificationService>();

    [Fact]
    public async Task A_subscriber_signed_in_by_connection_init_receives_the_notification_a_follow_causes()
    {
        var (me, follower) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await using var subscriber = GraphQLWsSubscriber.Start(fixture.Server, me.AccessToken);
        await Subscribers.WaitForAsync(fixture.Server, me.Id);

        await FollowAsync(follower, me);

        var notification = await subscriber.NextNotificationAsync();
        Assert.Equal("FOLLOW", notification.GetProperty("kind").GetString());
        Assert.Equal(follower.Handle, notification.GetProperty("actor").GetProperty("handle").GetString());
        var stored = Assert.Single(await new NotificationRows(fixture.Database).OfAsync(me.Id));
        Assert.Equal(NotificationRows.GlobalIdOf(stored.Id), notification.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Only_the_subscribers_own_notifications_arrive()
    {
        var (me, someoneElse, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await using var subscriber = GraphQLWsSubscriber.Start(fixture.Server, me.AccessToken);
        await Subscribers.WaitForAsync(fixture.Server, me.Id);

        await Notifications.NotifyAsync(NotificationRows.RawIdOf(someoneElse.Id), NotificationRows.RawIdOf(actor.Id), NotificationKind.Follow);
        await Notifications.NotifyAsync(NotificationRows.RawIdOf(me.Id), NotificationRows.RawIdOf(actor.Id), NotificationKind.FollowRequest);

        // The first (and only) result is the subscriber's own, although someone else's was published before it.
        var notification = await subscriber.NextNotificationAsync();
        Assert.Equal("FOLLOW_REQUEST", notification.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Subscribing_without_a_token_is_refused_with_AUTH_NOT_AUTHENTICATED()
    {
        await using var subscriber = GraphQLWsSubscriber.Start(fixture.Server, accessToken: null);
        var events = await subscriber.AllEventsAsync();

        var refusal = events.Single(e => e.GetProperty("event").GetString() is "error" or "next");
        var error = (refusal.TryGetProperty("errors", out var errors) ? errors : refusal.GetProperty("result").GetProperty("errors"))
            .EnumerateArray().Single();
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.DoesNotContain(events, e => e.TryGetProperty("result", out var result) && result.TryGetProperty("data", out var data)
            && data.ValueKind == System.Text.Json.JsonValueKind.Object && data.TryGetProperty("notificationReceived", out var n)
            && n.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Theory]
    [InlineData("not-a-token", "The access token is not valid: sign in again.")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "The access token is not valid: sign in again.")]
    public async Task A_token_that_is_not_valid_closes_the_socket_with_4403(string token, string reason)
    {
        await using var subscriber = GraphQLWsSubscriber.Start(fixture.Server, token);
        var events = await subscriber.AllEventsAsync();

        var closed = events.First(e => e.GetProperty("event").GetString() == "closed");
        Assert.Equal(4403, closed.GetProperty("code").GetInt32());
        Assert.Equal(reason, closed.GetProperty("reason").GetString());
        Assert.DoesNotContain(events, e => e.GetProperty("event").GetString() is "connected" or "next");
    }

    [Fact]
    public async Task A_signed_out_sessions_token_closes_the_socket_with_4403()
    {
        var me = await Api.NewUserAsync();
        (await Api.Client.PostAsync("mutation { signOut { sessionId } }", accessToken: me.AccessToken)).Data("signOut");

        await using var subscriber = GraphQLWsSubscriber.Start(fixture.Server, me.AccessToken);
        var events = await subscriber.AllEventsAsync();

        var closed = events.First(e => e.GetProperty("event").GetString() == "closed");
        Assert.Equal(4403, closed.GetProperty("code").GetInt32());
        Assert.Equal("The access token's session has ended: it was signed out or revoked.", closed.GetProperty("reason").GetString());
    }

    private async Task FollowAsync(SignedInUser follower, SignedInUser followee) =>
        (await Api.Client.PostAsync(
            "mutation($userId: ID!) { followUser(input: { userId: $userId }) { status errors { __typename } } }",
            new { userId = followee.Id }, follower.AccessToken)).Payload("followUser");
}
