using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Posts.Infrastructure;

namespace GraphApi.Server.Tests.Notifications;

/// <summary>
/// The notifications post actions store, read back over HTTP with <c>notifications</c>: replies, likes and mentions,
/// never about oneself, never twice for one action, only to those who may see the post; <c>Notification.post</c>.
/// </summary>
public sealed class PostNotificationTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private const string Notifications = "{ notifications(first: 50) { nodes { kind actor { id } post { id text } } } }";

    private const string Reply = """
        mutation($input: ReplyToPostInput!) { replyToPost(input: $input) { post { id } errors { __typename } } }
        """;

    private const string Edit = """
        mutation($input: EditPostInput!) { editPost(input: $input) { post { id } errors { __typename } } }
        """;

    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task A_reply_notifies_the_author_of_the_post_answered_with_the_reply_as_its_post()
    {
        var (author, replier) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author, "question?");

        var replyId = await ReplyAsync(replier, postId, "answer!");

        var notification = Assert.Single(await NotificationsOfAsync(author));
        AssertNotification(notification, "REPLY", replier, replyId);
        Assert.Equal("answer!", notification.GetProperty("post").GetProperty("text").GetString());
        Assert.Empty(await NotificationsOfAsync(replier));
    }

    [Fact]
    public async Task A_like_notifies_the_author_once_even_when_repeated()
    {
        var (author, fan) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author);

        await Api.ActAsync("likePost", fan, postId);
        await Api.ActAsync("likePost", fan, postId);

        AssertNotification(Assert.Single(await NotificationsOfAsync(author)), "LIKE", fan, postId);
        Assert.Empty(await NotificationsOfAsync(fan));
    }

    [Fact]
    public async Task Liking_again_after_an_unlike_does_not_notify_again()
    {
        var (author, fan) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author);

        await Api.ActAsync("likePost", fan, postId);
        await Api.ActAsync("unlikePost", fan, postId);
        await Api.ActAsync("likePost", fan, postId);

        AssertNotification(Assert.Single(await NotificationsOfAsync(author)), "LIKE", fan, postId);
    }

    [Fact]
    public async Task Mentions_on_create_and_reply_notify_each_mentioned_user_once()
    {
        var (author, mentioned, other) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());

        var postId = await Api.NewPostAsync(author, $"hi @{mentioned.Handle} and again @{mentioned.Handle.ToUpperInvariant()}");
        var replyId = await ReplyAsync(other, postId, $"@{mentioned.Handle} look");

        var notifications = await NotificationsOfAsync(mentioned);
        Assert.Equal(2, notifications.Count);
        AssertNotification(notifications[0], "MENTION", other, replyId);
        AssertNotification(notifications[1], "MENTION", author, postId);
    }

    [Fact]
    public async Task A_reply_that_mentions_the_parents_author_sends_them_the_reply_only_and_others_their_mention()
    {
        var (author, replier, other) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author, "question?");

        var replyId = await ReplyAsync(replier, postId, $"@{author.Handle} @{other.Handle} @{replier.Handle} answer!");

        AssertNotification(Assert.Single(await NotificationsOfAsync(author)), "REPLY", replier, replyId);
        AssertNotification(Assert.Single(await NotificationsOfAsync(other)), "MENTION", replier, replyId);
        Assert.Empty(await NotificationsOfAsync(replier));
    }

    [Fact]
    public async Task An_edit_that_newly_mentions_the_parents_author_in_a_reply_does_not_notify_them_again()
    {
        var (author, replier, other) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author, "question?");
        var replyId = await ReplyAsync(replier, postId, "answer!");

        await EditAsync(replier, replyId, $"answer, @{author.Handle} @{other.Handle}!");

        AssertNotification(Assert.Single(await NotificationsOfAsync(author)), "REPLY", replier, replyId);
        AssertNotification(Assert.Single(await NotificationsOfAsync(other)), "MENTION", replier, replyId);
    }

    [Fact]
    public async Task Nobody_is_notified_about_their_own_reply_like_or_mention()
    {
        var author = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author, $"note to self @{author.Handle}");

        await ReplyAsync(author, postId, $"and more @{author.Handle}");
        await Api.ActAsync("likePost", author, postId);

        Assert.Empty(await NotificationsOfAsync(author));
    }

    [Fact]
    public async Task A_mention_in_a_followers_post_notifies_followers_only_and_in_a_private_post_nobody()
    {
        var (author, follower, stranger) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.FollowAsync(follower, author);

        var followersPostId = await Api.NewPostAsync(author, $"@{follower.Handle} @{stranger.Handle}", "FOLLOWERS");
        await Api.NewPostAsync(author, $"@{follower.Handle} @{stranger.Handle}", "PRIVATE");

        AssertNotification(Assert.Single(await NotificationsOfAsync(follower)), "MENTION", author, followersPostId);
        Assert.Empty(await NotificationsOfAsync(stranger));
    }

    [Fact]
    public async Task A_reply_the_author_answered_may_not_see_notifies_nobody()
    {
        var (author, replier) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author);

        await ReplyAsync(replier, postId, "only for me", "PRIVATE");

        Assert.Empty(await NotificationsOfAsync(author));
    }

    [Fact]
    public async Task An_edit_notifies_only_the_users_it_newly_mentions()
    {
        var (author, first, second) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        var postId = await Api.NewPostAsync(author, $"hi @{first.Handle}");

        await EditAsync(author, postId, $"hi @{first.Handle} and @{second.Handle}");
        await EditAsync(author, postId, $"hi @{first.Handle} and @{second.Handle}!");

        AssertNotification(Assert.Single(await NotificationsOfAsync(first)), "MENTION", author, postId);
        AssertNotification(Assert.Single(await NotificationsOfAsync(second)), "MENTION", author, postId);
    }

    [Fact]
    public async Task The_post_of_a_notification_is_null_once_the_post_is_deleted()
    {
        var (author, fan) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var replyId = await ReplyAsync(fan, await Api.NewPostAsync(author), "a reply");
        AssertNotification(Assert.Single(await NotificationsOfAsync(author)), "REPLY", fan, replyId);

        (await Api.PostAsync("mutation($postId: ID!) { deletePost(input: { postId: $postId }) { errors { __typename } } }",
            new { postId = replyId }, fan)).Payload("deletePost");

        var notification = Assert.Single(await NotificationsOfAsync(author));
        Assert.Equal("REPLY", notification.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, notification.GetProperty("post").ValueKind);
    }

    [Fact]
    public async Task The_post_of_a_notification_is_null_once_the_viewer_may_no_longer_see_it()
    {
        var (author, follower) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.FollowAsync(follower, author);
        var postId = await Api.NewPostAsync(author, $"@{follower.Handle}", "FOLLOWERS");
        AssertNotification(Assert.Single(await NotificationsOfAsync(follower)), "MENTION", author, postId);

        (await Api.PostAsync($"mutation($userId: ID!) {{ unfollowUser(input: {{ userId: $userId }}) {{ errors {{ __typename }} }} }}",
            new { userId = author.Id }, follower)).Payload("unfollowUser");

        Assert.Equal(JsonValueKind.Null, Assert.Single(await NotificationsOfAsync(follower)).GetProperty("post").ValueKind);
    }

    private async Task<string> ReplyAsync(SignedInUser replier, string postId, string text, string? visibility = null)
    {
        var payload = (await Api.PostAsync(Reply, new { input = new { postId, text, visibility } }, replier)).Payload("replyToPost");
        return payload.GetProperty("post").GetProperty("id").GetString()!;
    }

    private async Task EditAsync(SignedInUser author, string postId, string text) =>
        (await Api.PostAsync(Edit, new { input = new { postId, text } }, author)).Payload("editPost");

    /// <summary>The viewer's notifications as the API lists them, newest first.</summary>
    private async Task<List<JsonElement>> NotificationsOfAsync(SignedInUser viewer) =>
        [.. (await Api.PostAsync(Notifications, viewer: viewer)).Data("notifications").GetProperty("nodes").EnumerateArray()];

    private static void AssertNotification(JsonElement notification, string kind, SignedInUser actor, string postId)
    {
        Assert.Equal(kind, notification.GetProperty("kind").GetString());
        Assert.Equal(actor.Id, notification.GetProperty("actor").GetProperty("id").GetString());
        Assert.Equal(postId, notification.GetProperty("post").GetProperty("id").GetString());
    }
}
