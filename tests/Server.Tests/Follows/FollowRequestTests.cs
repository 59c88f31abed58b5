using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>Following private profiles over HTTP: requests, accepting, declining, cancelling, and their repeats.</summary>
public sealed class FollowRequestTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Following_a_private_profile_asks_and_asking_again_changes_nothing()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));

        var first = (await Api.FollowAsync(me, ada.Id)).Payload("followUser");
        var again = (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        Assert.Equal("REQUESTED", first.GetProperty("status").GetString());
        Assert.Equal("REQUESTED", again.GetProperty("status").GetString());
        var user = again.GetProperty("user");
        Assert.False(user.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.True(user.GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.Equal(0, user.GetProperty("followerCount").GetInt32());
        Assert.True(await Api.RequestExistsAsync(me.Id, ada.Id));
        Assert.Equal(0, await Api.FollowRowCountAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task Accepting_turns_the_request_into_a_follow_and_accepting_again_changes_nothing()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var accepted = (await Api.AcceptRequestAsync(ada, me.Id)).Payload("acceptFollowRequest").GetProperty("follower");
        var again = (await Api.AcceptRequestAsync(ada, me.Id)).Payload("acceptFollowRequest").GetProperty("follower");

        Assert.Equal(me.Id, accepted.GetProperty("id").GetString());
        Assert.True(accepted.GetProperty("followsViewer").GetBoolean());
        Assert.Equal(1, accepted.GetProperty("followingCount").GetInt32());
        Assert.Equal(me.Id, again.GetProperty("id").GetString());
        Assert.False(await Api.RequestExistsAsync(me.Id, ada.Id));
        Assert.Equal(1, await Api.FollowRowCountAsync(me.Id, ada.Id));
        var seenByMe = await Api.UserAsync(ada.Id, viewer: me);
        Assert.True(seenByMe.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.False(seenByMe.GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.Equal("FOLLOWING", (await Api.FollowAsync(me, ada.Id)).Payload("followUser").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Concurrent_accepts_create_one_follow()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Api.AcceptRequestAsync(ada, me.Id)));

        Assert.All(responses, r => r.Payload("acceptFollowRequest"));
        Assert.Equal(1, await Api.FollowRowCountAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task Accepting_without_a_request_is_an_error()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        var unknown = FollowsApi.UnknownUserId();

        var noRequest = (await Api.AcceptRequestAsync(ada, me.Id)).PayloadError("acceptFollowRequest", "FollowRequestNotFoundError");
        var noUser = (await Api.AcceptRequestAsync(ada, unknown)).PayloadError("acceptFollowRequest", "FollowRequestNotFoundError");

        Assert.Equal(me.Id, noRequest.GetProperty("userId").GetString());
        Assert.Equal($"The user '{me.Id}' has no pending request to follow you.", noRequest.GetProperty("message").GetString());
        Assert.Equal(unknown, noUser.GetProperty("userId").GetString());
        Assert.Equal(0, await Api.FollowRowCountAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task Only_the_target_can_accept_or_decline_a_request()
    {
        var (me, ada, eve) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        (await Api.AcceptRequestAsync(eve, me.Id)).PayloadError("acceptFollowRequest", "FollowRequestNotFoundError");
        (await Api.DeclineRequestAsync(eve, me.Id)).Payload("declineFollowRequest");

        Assert.True(await Api.RequestExistsAsync(me.Id, ada.Id));
        Assert.Equal(0, await Api.FollowRowCountAsync(me.Id, ada.Id));
        Assert.Equal(0, await Api.FollowRowCountAsync(me.Id, eve.Id));
    }

    [Fact]
    public async Task Declining_removes_the_request_and_the_requester_may_ask_again()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var declined = (await Api.DeclineRequestAsync(ada, me.Id)).Payload("declineFollowRequest").GetProperty("user");
        (await Api.DeclineRequestAsync(ada, me.Id)).Payload("declineFollowRequest");

        Assert.Equal(me.Id, declined.GetProperty("id").GetString());
        Assert.False(declined.GetProperty("followsViewer").GetBoolean());
        Assert.False(await Api.RequestExistsAsync(me.Id, ada.Id));
        Assert.False((await Api.UserAsync(ada.Id, viewer: me)).GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.Equal("REQUESTED", (await Api.FollowAsync(me, ada.Id)).Payload("followUser").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Declining_a_request_of_an_unknown_user_is_an_error()
    {
        var ada = await Api.NewUserAsync(isPrivate: true);
        var unknown = FollowsApi.UnknownUserId();

        var error = (await Api.DeclineRequestAsync(ada, unknown)).PayloadError("declineFollowRequest", "UserNotFoundError");

        Assert.Equal(unknown, error.GetProperty("userId").GetString());
    }

    [Fact]
    public async Task The_requester_can_cancel_and_cancelling_again_changes_nothing()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var cancelled = (await Api.CancelRequestAsync(me, ada.Id)).Payload("cancelFollowRequest").GetProperty("user");
        (await Api.CancelRequestAsync(me, ada.Id)).Payload("cancelFollowRequest");

        Assert.False(cancelled.GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.False(cancelled.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.False(await Api.RequestExistsAsync(me.Id, ada.Id));
        (await Api.AcceptRequestAsync(ada, me.Id)).PayloadError("acceptFollowRequest", "FollowRequestNotFoundError");
    }

    [Fact]
    public async Task Cancelling_keeps_an_accepted_follow_and_cancelling_for_an_unknown_user_is_an_error()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");
        (await Api.AcceptRequestAsync(ada, me.Id)).Payload("acceptFollowRequest");

        var user = (await Api.CancelRequestAsync(me, ada.Id)).Payload("cancelFollowRequest").GetProperty("user");
        (await Api.CancelRequestAsync(me, FollowsApi.UnknownUserId())).PayloadError("cancelFollowRequest", "UserNotFoundError");

        Assert.True(user.GetProperty("viewerIsFollowing").GetBoolean());
    }

    [Fact]
    public async Task Unfollowing_a_pending_request_withdraws_it()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var user = (await Api.UnfollowAsync(me, ada.Id)).Payload("unfollowUser").GetProperty("user");

        Assert.False(user.GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.False(await Api.RequestExistsAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task A_profile_made_public_is_followed_at_once_and_the_old_request_goes()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");
        await Api.SetPrivateAsync(ada.Id, false);

        var payload = (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        Assert.Equal("FOLLOWING", payload.GetProperty("status").GetString());
        Assert.False(await Api.RequestExistsAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task A_follower_of_a_profile_made_private_stays_a_follower()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");
        await Api.SetPrivateAsync(ada.Id, true);

        var payload = (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        Assert.Equal("FOLLOWING", payload.GetProperty("status").GetString());
        Assert.False(await Api.RequestExistsAsync(me.Id, ada.Id));
    }
}
