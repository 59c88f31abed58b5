using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>followUser and unfollowUser on public profiles over HTTP: the rules, repeats and every error.</summary>
public sealed class FollowUserTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Following_a_public_profile_follows_at_once()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());

        var payload = (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        Assert.Equal("FOLLOWING", payload.GetProperty("status").GetString());
        var user = payload.GetProperty("user");
        Assert.Equal(ada.Id, user.GetProperty("id").GetString());
        Assert.True(user.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.False(user.GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.False(user.GetProperty("followsViewer").GetBoolean());
        Assert.Equal(1, user.GetProperty("followerCount").GetInt32());
        Assert.Equal(0, user.GetProperty("followingCount").GetInt32());

        var mine = await Api.UserAsync(me.Id, viewer: ada);
        Assert.Equal(1, mine.GetProperty("followingCount").GetInt32());
        Assert.True(mine.GetProperty("followsViewer").GetBoolean());
        Assert.False(mine.GetProperty("viewerIsFollowing").GetBoolean());
    }

    [Fact]
    public async Task Following_again_answers_the_same_and_keeps_one_follow()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var again = (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        Assert.Equal("FOLLOWING", again.GetProperty("status").GetString());
        Assert.Equal(1, again.GetProperty("user").GetProperty("followerCount").GetInt32());
        Assert.Equal(1, await Api.FollowRowCountAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task Concurrent_follows_of_one_pair_all_succeed_with_one_follow()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Api.FollowAsync(me, ada.Id)));

        Assert.All(responses, r => Assert.Equal("FOLLOWING", r.Payload("followUser").GetProperty("status").GetString()));
        Assert.Equal(1, await Api.FollowRowCountAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task Nobody_can_follow_or_unfollow_themselves()
    {
        var me = await Api.NewUserAsync();

        var follow = (await Api.FollowAsync(me, me.Id)).PayloadError("followUser", "CannotFollowYourselfError");
        var unfollow = (await Api.UnfollowAsync(me, me.Id)).PayloadError("unfollowUser", "CannotFollowYourselfError");

        Assert.Equal("You cannot follow or unfollow yourself.", follow.GetProperty("message").GetString());
        Assert.Equal("You cannot follow or unfollow yourself.", unfollow.GetProperty("message").GetString());
        Assert.Equal(0, await Api.FollowRowCountAsync(me.Id, me.Id));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        var me = await Api.NewUserAsync();
        var unknown = FollowsApi.UnknownUserId();

        var follow = (await Api.FollowAsync(me, unknown)).PayloadError("followUser", "UserNotFoundError");
        var unfollow = (await Api.UnfollowAsync(me, unknown)).PayloadError("unfollowUser", "UserNotFoundError");

        Assert.Equal(unknown, follow.GetProperty("userId").GetString());
        Assert.Equal($"There is no user with the id '{unknown}'.", follow.GetProperty("message").GetString());
        Assert.Equal(unknown, unfollow.GetProperty("userId").GetString());
    }

    [Theory]
    [InlineData(UserStatus.Suspended)]
    [InlineData(UserStatus.Deleted)]
    public async Task A_suspended_or_deleted_user_is_not_found_and_their_follows_are_not_counted(UserStatus status)
    {
        var (me, ada, gone) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.AddFollowsAsync((gone.Id, ada.Id), (ada.Id, gone.Id), (me.Id, ada.Id));
        await Api.Accounts.SetStatusAsync(gone, status);

        (await Api.FollowAsync(me, gone.Id)).PayloadError("followUser", "UserNotFoundError");

        var user = await Api.UserAsync(ada.Id);
        Assert.Equal(1, user.GetProperty("followerCount").GetInt32());
        Assert.Equal(0, user.GetProperty("followingCount").GetInt32());
    }

    [Fact]
    public async Task Unfollowing_stops_following_and_unfollowing_again_changes_nothing()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var first = (await Api.UnfollowAsync(me, ada.Id)).Payload("unfollowUser").GetProperty("user");
        var second = (await Api.UnfollowAsync(me, ada.Id)).Payload("unfollowUser").GetProperty("user");

        Assert.False(first.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.Equal(0, first.GetProperty("followerCount").GetInt32());
        Assert.Equal(ada.Id, second.GetProperty("id").GetString());
        Assert.False(second.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.Equal(0, await Api.FollowRowCountAsync(me.Id, ada.Id));
    }

    [Fact]
    public async Task Follow_mutations_need_a_signed_in_user()
    {
        var ada = await Api.NewUserAsync();

        foreach (var (document, field) in new[]
                 {
                     (FollowOperations.FollowUser, "followUser"), (FollowOperations.UnfollowUser, "unfollowUser"),
                     (FollowOperations.CancelFollowRequest, "cancelFollowRequest"),
                     (FollowOperations.AcceptFollowRequest, "acceptFollowRequest"),
                     (FollowOperations.DeclineFollowRequest, "declineFollowRequest"),
                 })
        {
            var response = await Api.Client.PostAsync(document, new { userId = ada.Id });
            response.FieldError("AUTH_NOT_AUTHENTICATED", field);
        }

        Assert.Equal(0, (await Api.UserAsync(ada.Id)).GetProperty("followerCount").GetInt32());
    }

    [Fact]
    public async Task Anonymous_viewers_see_counts_and_no_connection()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        (await Api.FollowAsync(me, ada.Id)).Payload("followUser");

        var user = await Api.UserAsync(ada.Id);

        Assert.Equal(1, user.GetProperty("followerCount").GetInt32());
        Assert.False(user.GetProperty("viewerIsFollowing").GetBoolean());
        Assert.False(user.GetProperty("viewerHasRequestedToFollow").GetBoolean());
        Assert.False(user.GetProperty("followsViewer").GetBoolean());
    }

    [Theory]
    [InlineData("not-an-id", "The node ID string has an invalid format.")]
    [InlineData("U2Vzc2lvbjoxMjM=", "does not match the expected type name `User`")]   // Session:123
    public async Task A_malformed_id_or_the_id_of_another_type_is_refused_as_an_invalid_argument(string userId, string message)
    {
        var me = await Api.NewUserAsync();

        var response = await Api.FollowAsync(me, userId);

        var error = Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Equal("HC0016", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(0, (await Api.UserAsync(me.Id)).GetProperty("followingCount").GetInt32());
    }
}
