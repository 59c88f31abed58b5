using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Posts.Infrastructure;

namespace GraphApi.Server.Tests.Posts;

/// <summary>
/// For every way a post can be reached, a FOLLOWERS or PRIVATE post stays invisible to whoever may not see it (signed
/// out, someone who does not follow the author, a follower for PRIVATE) and visible to whoever may; PUBLIC posts are
/// the control that shows each check can see a post at all.
/// </summary>
public sealed class PostVisibilityTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    public enum Role { SignedOut, Stranger, Follower, Author }

    private PostsApi Api => fixture.Api;

    public static TheoryData<string, Role, bool> Cases => new()
    {
        { "PUBLIC", Role.SignedOut, true },
        { "PUBLIC", Role.Stranger, true },
        { "PUBLIC", Role.Follower, true },
        { "PUBLIC", Role.Author, true },
        { "FOLLOWERS", Role.SignedOut, false },
        { "FOLLOWERS", Role.Stranger, false },
        { "FOLLOWERS", Role.Follower, true },
        { "FOLLOWERS", Role.Author, true },
        { "PRIVATE", Role.SignedOut, false },
        { "PRIVATE", Role.Stranger, false },
        { "PRIVATE", Role.Follower, false },
        { "PRIVATE", Role.Author, true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_way_to_a_post_shows_it_exactly_to_those_who_may_see_it(string visibility, Role role, bool visible)
    {
        var world = await World.CreateAsync(Api, visibility);
        var viewer = world.Viewer(role);

        var byId = (await Api.PostAsync("query($id: ID!) { post(id: $id) { id } }", new { id = world.PostId }, viewer)).Data("post");
        Assert.True(visible == (byId.ValueKind != JsonValueKind.Null), $"post(id:) as {role}: {byId}");

        var node = (await Api.PostAsync("query($id: ID!) { node(id: $id) { id ... on Post { text } } }", new { id = world.PostId }, viewer)).Data("node");
        Assert.True(visible == (node.ValueKind != JsonValueKind.Null), $"node(id:) as {role}: {node}");

        var timeline = await IdsAsync("query($id: ID!) { user(id: $id) { posts(first: 50) { nodes { id } } } }", new { id = world.Author.Id }, viewer, "user", "posts");
        Assert.True(visible == timeline.Contains(world.PostId), $"user.posts as {role}");
        Assert.True(visible == timeline.Contains(world.AuthorRepostId), $"the author's repost in user.posts as {role}");

        var search = await IdsAsync("query($text: String!) { searchPosts(text: $text, first: 50) { nodes { id } } }", new { text = world.Word.ToUpperInvariant() }, viewer, "searchPosts");
        Assert.True(visible == search.Contains(world.PostId), $"searchPosts as {role}");

        var hashtag = await IdsAsync("query($tag: String!) { postsByHashtag(tag: $tag, first: 50) { nodes { id } } }", new { tag = "#" + world.Tag }, viewer, "postsByHashtag");
        Assert.True(visible == hashtag.Contains(world.PostId), $"postsByHashtag as {role}");

        var host = (await Api.PostAsync(
            "query($id: ID!) { post(id: $id) { replyCount replies(first: 50) { totalCount nodes { id } } thread(first: 50) { nodes { id } } } }",
            new { id = world.HostPostId }, viewer)).Data("post");
        Assert.True(visible == Ids(host.GetProperty("replies")).Contains(world.ReplyToHostId), $"replies as {role}");
        Assert.True(visible == Ids(host.GetProperty("thread")).Contains(world.ReplyToHostId), $"thread as {role}");
        Assert.Equal(visible ? 1 : 0, host.GetProperty("replyCount").GetInt32());
        Assert.Equal(visible ? 1 : 0, host.GetProperty("replies").GetProperty("totalCount").GetInt32());

        var publicReply = (await Api.PostAsync("query($id: ID!) { post(id: $id) { replyTo { id } thread(first: 50) { nodes { id } } } }", new { id = world.PublicReplyId }, viewer)).Data("post");
        Assert.True(visible == (publicReply.GetProperty("replyTo").ValueKind != JsonValueKind.Null), $"replyTo of a public reply as {role}");
        Assert.True(visible == Ids(publicReply.GetProperty("thread")).Contains(world.PostId), $"thread of a public reply as {role}");

        var repost = (await Api.PostAsync("query($id: ID!) { post(id: $id) { repostOf { id } } }", new { id = world.AuthorRepostId }, viewer)).Data("post");
        Assert.True(visible == (repost.ValueKind != JsonValueKind.Null), $"a repost of the post by id as {role}");

        if (viewer is null)
        {
            return;
        }

        var feed = await IdsAsync("{ feed(first: 50) { nodes { id } } }", null, viewer, "feed");
        Assert.True((visible && role is Role.Follower or Role.Author) == feed.Contains(world.PostId), $"feed as {role}");

        foreach (var mutation in new[] { "likePost", "unlikePost", "repostPost", "undoRepost" })
        {
            await AssertActionAsync(mutation, $"mutation($postId: ID!) {{ {mutation}(input: {{ postId: $postId }}) {{ post {{ id }} errors {{ __typename }} }} }}", new { postId = world.PostId }, viewer, visible, role);
        }
        await AssertActionAsync("replyToPost", "mutation($postId: ID!) { replyToPost(input: { postId: $postId, text: \"hi\" }) { post { id } errors { __typename } } }", new { postId = world.PostId }, viewer, visible, role);
        if (role != Role.Author)
        {
            var edit = await Api.PostAsync("mutation($postId: ID!) { editPost(input: { postId: $postId, text: \"mine\" }) { post { id } errors { __typename } } }", new { postId = world.PostId }, viewer);
            edit.PayloadError("editPost", visible ? "NotPostAuthorError" : "PostNotFoundError");
            var delete = await Api.PostAsync("mutation($postId: ID!) { deletePost(input: { postId: $postId }) { postId errors { __typename } } }", new { postId = world.PostId }, viewer);
            delete.PayloadError("deletePost", visible ? "NotPostAuthorError" : "PostNotFoundError");
        }
    }

    private async Task AssertActionAsync(string mutation, string query, object variables, SignedInUser viewer, bool visible, Role role)
    {
        var response = await Api.PostAsync(query, variables, viewer);
        if (visible)
        {
            response.Payload(mutation);
        }
        else
        {
            response.PayloadError(mutation, "PostNotFoundError");
        }
        Assert.True(true, $"{mutation} as {role}");
    }

    private async Task<HashSet<string>> IdsAsync(string query, object? variables, SignedInUser? viewer, params string[] path)
    {
        var value = (await Api.PostAsync(query, variables, viewer)).Data(path[0]);
        foreach (var field in path[1..])
        {
            value = value.GetProperty(field);
        }
        return Ids(value);
    }

    private static HashSet<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!)];

    /// <summary>
    /// An author, a follower of theirs and a stranger; the author's post of the visibility under test (with a unique word
    /// and hashtag), the author's repost of it, a PUBLIC reply to it, and a reply of that visibility under a public post
    /// of another user (the host).
    /// </summary>
    private sealed record World(
        SignedInUser Author, SignedInUser Follower, SignedInUser Stranger, string Word, string Tag,
        string PostId, string AuthorRepostId, string PublicReplyId, string HostPostId, string ReplyToHostId)
    {
        public static async Task<World> CreateAsync(PostsApi api, string visibility)
        {
            var author = await api.NewUserAsync();
            var follower = await api.NewUserAsync();
            var stranger = await api.NewUserAsync();
            var host = await api.NewUserAsync();
            await api.FollowAsync(follower, author);
            var unique = Guid.NewGuid().ToString("N")[..12];
            var word = "word" + unique;
            var tag = "tag" + unique;
            var postId = await api.NewPostAsync(author, $"about {word} #{tag}", visibility);
            var repostId = (await api.ActAsync("repostPost", author, postId)).GetProperty("post").GetProperty("id").GetString()!;
            var publicReplyId = await ReplyAsync(api, author, postId, "PUBLIC");
            var hostPostId = await api.NewPostAsync(host, "open thread");
            var replyToHostId = await ReplyAsync(api, author, hostPostId, visibility);
            return new World(author, follower, stranger, word, tag, postId, repostId, publicReplyId, hostPostId, replyToHostId);
        }

        public SignedInUser? Viewer(Role role) => role switch
        {
            Role.SignedOut => null,
            Role.Stranger => Stranger,
            Role.Follower => Follower,
            _ => Author,
        };

        private static async Task<string> ReplyAsync(PostsApi api, SignedInUser author, string postId, string visibility) =>
            (await api.PostAsync(
                "mutation($input: ReplyToPostInput!) { replyToPost(input: $input) { post { id } errors { __typename } } }",
                new { input = new { postId, text = "a reply", visibility } }, author))
            .Payload("replyToPost").GetProperty("post").GetProperty("id").GetString()!;
    }
}
