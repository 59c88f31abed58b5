using GraphApi.Data.Notifications;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;

namespace GraphApi.Server.Tests.Notifications;

/// <summary>The notifications follow actions store: follow, follow request, request accepted; repeats store none.</summary>
public sealed class FollowNotificationTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private NotificationRows Rows => new(fixture.Database);

    [Fact]
    public async Task Following_a_public_profile_notifies_the_followee_once_even_when_repeated()
    {
        var (followee, follower) = (await Api.NewUserAsync(), await Api.NewUserAsync());

        await MutateAsync("followUser", follower, followee);
        await MutateAsync("followUser", follower, followee);

        var notification = Assert.Single(await Rows.OfAsync(followee.Id));
        Assert.Equal((NotificationKind.Follow, NotificationRows.RawIdOf(follower.Id)), (notification.Kind, notification.ActorId));
        Assert.Empty(await Rows.OfAsync(follower.Id));
    }

    [Fact]
    public async Task A_request_to_a_private_profile_notifies_the_target_and_accepting_it_notifies_the_requester()
    {
        var (target, requester) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        (await Api.Client.PostAsync("mutation { updateProfile(input: { isPrivate: true }) { errors { __typename } } }",
            accessToken: target.AccessToken)).Payload("updateProfile");

        await MutateAsync("followUser", requester, target);
        await MutateAsync("followUser", requester, target);
        var request = Assert.Single(await Rows.OfAsync(target.Id));
        Assert.Equal((NotificationKind.FollowRequest, NotificationRows.RawIdOf(requester.Id)), (request.Kind, request.ActorId));

        await MutateAsync("acceptFollowRequest", target, requester);
        await MutateAsync("acceptFollowRequest", target, requester);

        var accepted = Assert.Single(await Rows.OfAsync(requester.Id));
        Assert.Equal((NotificationKind.FollowRequestAccepted, NotificationRows.RawIdOf(target.Id)), (accepted.Kind, accepted.ActorId));
        Assert.Single(await Rows.OfAsync(target.Id));
    }

    [Fact]
    public async Task Unfollowing_and_declining_notify_nobody()
    {
        var (followee, follower) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await MutateAsync("followUser", follower, followee);

        await MutateAsync("unfollowUser", follower, followee);
        await MutateAsync("declineFollowRequest", followee, follower);

        Assert.Single(await Rows.OfAsync(followee.Id));
        Assert.Empty(await Rows.OfAsync(follower.Id));
    }

    private async Task MutateAsync(string mutation, SignedInUser viewer, SignedInUser user) =>
        (await Api.Client.PostAsync(
            $"mutation($userId: ID!) {{ {mutation}(input: {{ userId: $userId }}) {{ errors {{ __typename }} }} }}",
            new { userId = user.Id }, viewer.AccessToken)).Data(mutation);
}
