using System.Text.Json;
using GraphQL.Relay;
using GraphApi.Server.Tests.Posts.Infrastructure;

namespace GraphApi.Server.Tests.Posts;

/// <summary>createPost, replyToPost, editPost and deletePost over HTTP: content rules, mentions, hashtags, history, who may.</summary>
public sealed class PostMutationTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private const string ReplyToPost = $$"""
        mutation($input: ReplyToPostInput!) {
          replyToPost(input: $input) {
            post { {{PostsApi.PostFields}} }
            errors { __typename ... on Error { message } ... on PostNotFoundError { postId } }
          }
        }
        """;

    private const string EditPost = $$"""
        mutation($input: EditPostInput!) {
          editPost(input: $input) {
            post { {{PostsApi.PostFields}} mentions { handle } hashtags edits { text imageUrls replacedAt } }
            errors {
              __typename
              ... on Error { message }
              ... on PostNotFoundError { postId }
              ... on NotPostAuthorError { postId }
              ... on RepostNotEditableError { postId }
              ... on PostTextTooLongError { maxLength }
            }
          }
        }
        """;

    private const string DeletePost = """
        mutation($postId: ID!) {
          deletePost(input: { postId: $postId }) {
            postId
            errors { __typename ... on Error { message } ... on PostNotFoundError { postId } ... on NotPostAuthorError { postId } }
          }
        }
        """;

    private const string PostById = $"query($id: ID!) {{ post(id: $id) {{ {PostsApi.PostFields} edits {{ text }} }} }}";

    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task CreatePost_stores_text_images_and_visibility_and_returns_the_post()
    {
        var author = await Api.NewUserAsync();

        var post = (await Api.PostAsync(PostsApi.CreatePost, new
        {
            input = new { text = "  First light  ", imageUrls = new[] { "https://example.com/a.png", "http://example.com/b.jpg" }, visibility = "FOLLOWERS" },
        }, author)).Payload("createPost").GetProperty("post");

        Assert.Equal("First light", post.GetProperty("text").GetString());
        Assert.Equal(["https://example.com/a.png", "http://example.com/b.jpg"], post.GetProperty("imageUrls").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal("FOLLOWERS", post.GetProperty("visibility").GetString());
        Assert.Equal(author.Id, post.GetProperty("author").GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, post.GetProperty("editedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, post.GetProperty("replyTo").ValueKind);

        var read = (await Api.PostAsync(PostById, new { id = post.GetProperty("id").GetString() }, author)).Data("post");
        Assert.Equal("First light", read.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Mentions_and_hashtags_are_parsed_from_the_text()
    {
        var author = await Api.NewUserAsync();
        var mentioned = await Api.NewUserAsync();
        var text = $"Hi @{mentioned.Handle.ToUpperInvariant()}, and @nobody_here_at_all. Mail me at x@{mentioned.Handle} #GraphQL #graphql #Hello_World #{new string('a', 51)}";

        var post = (await Api.PostAsync(PostsApi.CreatePost, new { input = new { text } }, author)).Payload("createPost").GetProperty("post");

        Assert.Equal([mentioned.Handle], post.GetProperty("mentions").EnumerateArray().Select(u => u.GetProperty("handle").GetString()));
        Assert.Equal(["graphql", "hello_world"], post.GetProperty("hashtags").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public async Task Text_of_500_characters_is_accepted_and_501_is_refused()
    {
        var author = await Api.NewUserAsync();
        // Code points, as PostgreSQL counts: an emoji is one character.
        var longest = string.Concat(Enumerable.Repeat("😀", 500));

        var accepted = await Api.PostAsync(PostsApi.CreatePost, new { input = new { text = longest } }, author);
        var refused = await Api.PostAsync(PostsApi.CreatePost, new { input = new { text = longest + "a" } }, author);

        accepted.Payload("createPost");
        var error = refused.PayloadError("createPost", "PostTextTooLongError");
        Assert.Equal(500, error.GetProperty("maxLength").GetInt32());
        Assert.Equal("A post may have at most 500 characters.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Content_errors_are_typed()
    {
        var author = await Api.NewUserAsync();
        var fiveImages = Enumerable.Range(1, 5).Select(i => $"https://example.com/{i}.png").ToArray();

        var tooMany = await Api.PostAsync(PostsApi.CreatePost, new { input = new { text = "x", imageUrls = fiveImages } }, author);
        var badUrl = await Api.PostAsync(PostsApi.CreatePost, new { input = new { text = "x", imageUrls = new[] { "ftp://example.com/a.png" } } }, author);
        var empty = await Api.PostAsync(PostsApi.CreatePost, new { input = new { text = "   " } }, author);

        Assert.Equal(4, tooMany.PayloadError("createPost", "TooManyImagesError").GetProperty("maxImages").GetInt32());
        Assert.Equal("ftp://example.com/a.png", badUrl.PayloadError("createPost", "InvalidImageUrlError").GetProperty("imageUrl").GetString());
        empty.PayloadError("createPost", "EmptyPostError");
        await using var db = fixture.Database.CreateDbContext();
        var authorId = PostsApi.RawId(author.Id);
        Assert.False(db.Posts.Any(p => p.AuthorId == authorId));
    }

    [Fact]
    public async Task Mutations_need_a_signed_in_viewer()
    {
        var response = await Api.PostAsync(PostsApi.CreatePost, new { input = new { text = "anonymous" } });

        var error = Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task A_reply_joins_the_thread_and_inherits_the_visibility_unless_given()
    {
        var author = await Api.NewUserAsync();
        var rootId = await Api.NewPostAsync(author, "root", "FOLLOWERS");

        var reply = (await Api.PostAsync(ReplyToPost, new { input = new { postId = rootId, text = "first answer" } }, author))
            .Payload("replyToPost").GetProperty("post");
        var replyToReply = (await Api.PostAsync(ReplyToPost, new { input = new { postId = reply.GetProperty("id").GetString(), text = "deeper", visibility = "PRIVATE" } }, author))
            .Payload("replyToPost").GetProperty("post");

        Assert.Equal(rootId, reply.GetProperty("replyTo").GetProperty("id").GetString());
        Assert.Equal("FOLLOWERS", reply.GetProperty("visibility").GetString());
        Assert.Equal("PRIVATE", replyToReply.GetProperty("visibility").GetString());
        await using var db = fixture.Database.CreateDbContext();
        var deeper = await db.Posts.FindAsync(PostsApi.RawId(replyToReply.GetProperty("id").GetString()!));
        Assert.Equal(PostsApi.RawId(rootId), deeper!.ThreadRootId);
    }

    [Fact]
    public async Task Replying_to_a_missing_post_is_not_found()
    {
        var author = await Api.NewUserAsync();
        var missing = GlobalId.Format("Post", Guid.NewGuid());

        var error = (await Api.PostAsync(ReplyToPost, new { input = new { postId = missing, text = "hello?" } }, author))
            .PayloadError("replyToPost", "PostNotFoundError");

        Assert.Equal(missing, error.GetProperty("postId").GetString());
    }

    [Fact]
    public async Task EditPost_keeps_the_replaced_version_and_reparses_the_text()
    {
        var author = await Api.NewUserAsync();
        var mentioned = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author, "draft #old");

        var post = (await Api.PostAsync(EditPost, new { input = new { postId, text = $"final #new @{mentioned.Handle}", imageUrls = new[] { "https://example.com/x.png" } } }, author))
            .Payload("editPost").GetProperty("post");
        var again = (await Api.PostAsync(EditPost, new { input = new { postId, text = "final final" } }, author))
            .Payload("editPost").GetProperty("post");

        Assert.Equal($"final #new @{mentioned.Handle}", post.GetProperty("text").GetString());
        Assert.Equal(["new"], post.GetProperty("hashtags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal([mentioned.Handle], post.GetProperty("mentions").EnumerateArray().Select(u => u.GetProperty("handle").GetString()));
        Assert.NotEqual(JsonValueKind.Null, post.GetProperty("editedAt").ValueKind);
        var edits = again.GetProperty("edits").EnumerateArray().ToList();
        Assert.Equal(["draft #old", $"final #new @{mentioned.Handle}"], edits.Select(e => e.GetProperty("text").GetString()));
        Assert.Empty(edits[0].GetProperty("imageUrls").EnumerateArray());
        Assert.Equal(["https://example.com/x.png"], again.GetProperty("imageUrls").EnumerateArray().Select(u => u.GetString()));
        Assert.Empty(again.GetProperty("hashtags").EnumerateArray());
    }

    [Fact]
    public async Task Only_the_author_may_edit_or_delete()
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author, "mine");

        var edit = await Api.PostAsync(EditPost, new { input = new { postId, text = "yours now" } }, other);
        var delete = await Api.PostAsync(DeletePost, new { postId }, other);

        Assert.Equal(postId, edit.PayloadError("editPost", "NotPostAuthorError").GetProperty("postId").GetString());
        Assert.Equal(postId, delete.PayloadError("deletePost", "NotPostAuthorError").GetProperty("postId").GetString());
        var read = (await Api.PostAsync(PostById, new { id = postId })).Data("post");
        Assert.Equal("mine", read.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Editing_with_invalid_content_changes_nothing()
    {
        var author = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author, "kept");

        var error = (await Api.PostAsync(EditPost, new { input = new { postId, text = new string('x', 501) } }, author))
            .PayloadError("editPost", "PostTextTooLongError");

        Assert.Equal(500, error.GetProperty("maxLength").GetInt32());
        var read = (await Api.PostAsync(PostById, new { id = postId })).Data("post");
        Assert.Equal("kept", read.GetProperty("text").GetString());
        Assert.Empty(read.GetProperty("edits").EnumerateArray());
    }

    [Fact]
    public async Task A_repost_cannot_be_edited()
    {
        var author = await Api.NewUserAsync();
        var reposter = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author);
        var repostId = (await Api.ActAsync("repostPost", reposter, postId)).GetProperty("post").GetProperty("id").GetString();

        var error = (await Api.PostAsync(EditPost, new { input = new { postId = repostId, text = "words" } }, reposter))
            .PayloadError("editPost", "RepostNotEditableError");

        Assert.Equal(repostId, error.GetProperty("postId").GetString());
    }

    [Fact]
    public async Task A_deleted_post_reads_as_gone_and_cannot_be_deleted_or_edited_again()
    {
        var author = await Api.NewUserAsync();
        var postId = await Api.NewPostAsync(author, "short-lived");

        var deleted = (await Api.PostAsync(DeletePost, new { postId }, author)).Payload("deletePost");
        var again = await Api.PostAsync(DeletePost, new { postId }, author);
        var edit = await Api.PostAsync(EditPost, new { input = new { postId, text = "back?" } }, author);
        var read = await Api.PostAsync(PostById, new { id = postId }, author);

        Assert.Equal(postId, deleted.GetProperty("postId").GetString());
        again.PayloadError("deletePost", "PostNotFoundError");
        edit.PayloadError("editPost", "PostNotFoundError");
        Assert.Equal(JsonValueKind.Null, read.Data("post").ValueKind);
        await using var db = fixture.Database.CreateDbContext();
        Assert.NotNull((await db.Posts.FindAsync(PostsApi.RawId(postId)))!.DeletedAt);
    }

    [Fact]
    public async Task A_reply_to_a_deleted_post_stays_but_its_replyTo_is_null()
    {
        var author = await Api.NewUserAsync();
        var rootId = await Api.NewPostAsync(author, "root");
        var replyId = (await Api.PostAsync(ReplyToPost, new { input = new { postId = rootId, text = "reply" } }, author))
            .Payload("replyToPost").GetProperty("post").GetProperty("id").GetString();

        await Api.PostAsync(DeletePost, new { postId = rootId }, author);
        var reply = (await Api.PostAsync(PostById, new { id = replyId }, author)).Data("post");

        Assert.Equal("reply", reply.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, reply.GetProperty("replyTo").ValueKind);
    }
}
