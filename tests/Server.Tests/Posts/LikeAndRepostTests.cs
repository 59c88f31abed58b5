using System.Text.Json;
using GraphQL.Relay;
using GraphApi.Server.Tests.Posts.Infrastructure;

namespace GraphApi.Server.Tests.Posts;

/// <summary>likePost, unlikePost, repostPost and undoRepost over HTTP: counts, idempotence, reposts standing for their original.</summary>
public sealed class LikeAndRepostTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private const string Counts = "query($id: ID!) { post(id: $id) { likeCount viewerHasLiked repostCount } }";

    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task Likes_count_once_per_user_and_liking_again_changes_nothing()
    {
        var author = await Api.NewUserAsync();
        var fan = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author);

        await Api.ActAsync("likePost", fan, postId);
        await Api.ActAsync("likePost", fan, postId);
        await Api.ActAsync("likePost", other, postId);

        var asFan = (await Api.PostAsync(Counts, new { id = postId }, fan)).Data("post");
        var asAuthor = (await Api.PostAsync(Counts, new { id = postId }, author)).Data("post");
        var signedOut = (await Api.PostAsync(Counts, new { id = postId })).Data("post");
        Assert.Equal(2, asFan.GetProperty("likeCount").GetInt32());
        Assert.True(asFan.GetProperty("viewerHasLiked").GetBoolean());
        Assert.False(asAuthor.GetProperty("viewerHasLiked").GetBoolean());
        Assert.False(signedOut.GetProperty("viewerHasLiked").GetBoolean());
    }

    [Fact]
    public async Task Unlike_takes_the_like_back_and_unliking_again_changes_nothing()
    {
        var author = await Api.NewUserAsync();
        var fan = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author);
        await Api.ActAsync("likePost", fan, postId);

        var first = await Api.ActAsync("unlikePost", fan, postId);
        var second = await Api.ActAsync("unlikePost", fan, postId);

        Assert.Equal(postId, first.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(postId, second.GetProperty("post").GetProperty("id").GetString());
        var counts = (await Api.PostAsync(Counts, new { id = postId }, fan)).Data("post");
        Assert.Equal(0, counts.GetProperty("likeCount").GetInt32());
        Assert.False(counts.GetProperty("viewerHasLiked").GetBoolean());
    }

    [Fact]
    public async Task Liking_a_missing_post_is_not_found()
    {
        var fan = await Api.NewUserAsync();
        var missing = GlobalId.Format("Post", Guid.NewGuid());

        foreach (var mutation in new[] { "likePost", "unlikePost", "repostPost", "undoRepost" })
        {
            var query = $"mutation($postId: ID!) {{ {mutation}(input: {{ postId: $postId }}) {{ post {{ id }} errors {{ __typename ... on PostNotFoundError {{ postId }} }} }} }}";
            var error = (await Api.PostAsync(query, new { postId = missing }, fan)).PayloadError(mutation, "PostNotFoundError");
            Assert.Equal(missing, error.GetProperty("postId").GetString());
        }
    }

    [Fact]
    public async Task Reposting_twice_returns_the_same_repost_and_undo_removes_it()
    {
        var author = await Api.NewUserAsync();
        var reposter = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author, "worth sharing");

        var first = (await Api.PostAsync(RepostQuery, new { postId }, reposter)).Payload("repostPost").GetProperty("post");
        var second = (await Api.PostAsync(RepostQuery, new { postId }, reposter)).Payload("repostPost").GetProperty("post");

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(postId, first.GetProperty("repostOf").GetProperty("id").GetString());
        Assert.Equal("worth sharing", first.GetProperty("repostOf").GetProperty("text").GetString());
        Assert.Equal(reposter.Handle, first.GetProperty("author").GetProperty("handle").GetString());
        Assert.Equal(1, (await Api.PostAsync(Counts, new { id = postId })).Data("post").GetProperty("repostCount").GetInt32());

        var undone = await Api.ActAsync("undoRepost", reposter, postId);
        var undoneAgain = await Api.ActAsync("undoRepost", reposter, postId);

        Assert.Equal(postId, undone.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(postId, undoneAgain.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(0, (await Api.PostAsync(Counts, new { id = postId })).Data("post").GetProperty("repostCount").GetInt32());
        var gone = await Api.PostAsync("query($id: ID!) { post(id: $id) { id } }", new { id = first.GetProperty("id").GetString() });
        Assert.Equal(JsonValueKind.Null, gone.Data("post").ValueKind);

        var again = (await Api.PostAsync(RepostQuery, new { postId }, reposter)).Payload("repostPost").GetProperty("post");
        Assert.NotEqual(first.GetProperty("id").GetString(), again.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_repost_stands_for_its_original_in_likes_replies_and_reposts()
    {
        var author = await Api.NewUserAsync();
        var reposter = await Api.NewUserAsync();
        var fan = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author);
        var repostId = (await Api.ActAsync("repostPost", reposter, postId)).GetProperty("post").GetProperty("id").GetString()!;

        var liked = await Api.ActAsync("likePost", fan, repostId);
        var reposted = (await Api.PostAsync(RepostQuery, new { postId = repostId }, fan)).Payload("repostPost").GetProperty("post");
        var reply = (await Api.PostAsync(
            "mutation($postId: ID!) { replyToPost(input: { postId: $postId, text: \"hi\" }) { post { replyTo { id } } errors { __typename } } }",
            new { postId = repostId }, fan)).Payload("replyToPost").GetProperty("post");

        Assert.Equal(postId, liked.GetProperty("post").GetProperty("id").GetString());
        Assert.Equal(postId, reposted.GetProperty("repostOf").GetProperty("id").GetString());
        Assert.Equal(postId, reply.GetProperty("replyTo").GetProperty("id").GetString());
        var counts = (await Api.PostAsync(Counts, new { id = postId }, fan)).Data("post");
        Assert.Equal(1, counts.GetProperty("likeCount").GetInt32());
        Assert.Equal(2, counts.GetProperty("repostCount").GetInt32());
    }

    [Fact]
    public async Task A_repost_of_a_deleted_post_is_gone_too()
    {
        var author = await Api.NewUserAsync();
        var reposter = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author);
        var repostId = (await Api.ActAsync("repostPost", reposter, postId)).GetProperty("post").GetProperty("id").GetString();

        await Api.PostAsync("mutation($postId: ID!) { deletePost(input: { postId: $postId }) { postId } }", new { postId }, author);

        var read = await Api.PostAsync("query($id: ID!) { post(id: $id) { id } }", new { id = repostId }, reposter);
        Assert.Equal(JsonValueKind.Null, read.Data("post").ValueKind);
    }

    private const string RepostQuery = """
        mutation($postId: ID!) {
          repostPost(input: { postId: $postId }) {
            post { id text author { handle } repostOf { id text } }
            errors { __typename }
          }
        }
        """;
}
