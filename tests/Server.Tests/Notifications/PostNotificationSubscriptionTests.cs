using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Live.Infrastructure;

namespace GraphApi.Server.Tests.Notifications;

/// <summary>A post notification pushed to notificationReceived (graphql-ws over a real socket) carries its post.</summary>
public sealed class PostNotificationSubscriptionTests(LiveApiFixture fixture) : IClassFixture<LiveApiFixture>
{
    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task A_subscriber_receives_the_mention_with_the_post_it_may_see()
    {
        var (me, author) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await using var subscriber = GraphQLWsSubscriber.Start(fixture.Server, me.AccessToken);
        await Subscribers.WaitForAsync(fixture.Server, me.Id);

        var post = (await Api.Client.PostAsync(
            "mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { __typename } } }",
            new { input = new { text = $"hello @{me.Handle}", visibility = "PUBLIC" } }, author.AccessToken)).Payload("createPost");

        var notification = await subscriber.NextNotificationAsync();
        Assert.Equal("MENTION", notification.GetProperty("kind").GetString());
        Assert.Equal(author.Handle, notification.GetProperty("actor").GetProperty("handle").GetString());
        Assert.Equal(post.GetProperty("post").GetProperty("id").GetString(), notification.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal($"hello @{me.Handle}", notification.GetProperty("post").GetProperty("text").GetString());
    }
}
