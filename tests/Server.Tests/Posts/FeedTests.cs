using System.Text.Json;
using GraphApi.Server.Tests.Posts.Infrastructure;
using GraphQL.Relay;

namespace GraphApi.Server.Tests.Posts;

/// <summary>The home feed over HTTP: what it holds, its order, keyset paging through 1,000 posts, and its SQL statement count.</summary>
public sealed class FeedTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    /// <summary>
    /// The statements of the N+1 query: the feed page; the authors (users with profiles); like counts; the viewer's likes;
    /// the replies of every post on the page (one ROW_NUMBER statement); the reply authors. The same at every page size.
    /// </summary>
    public const int FeedQueryStatements = 6;

    private const string FeedWithEverything = """
        query($first: Int!) {
          feed(first: $first) {
            nodes {
              author { handle profile { displayName } }
              likeCount viewerHasLiked
              replies(first: 3) { nodes { author { handle } } }
            }
          }
        }
        """;

    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task The_feed_holds_the_viewers_and_followed_users_posts_newest_first_without_replies()
    {
        var viewer = await Api.NewUserAsync();
        var followed = await Api.NewUserAsync();
        var stranger = await Api.NewUserAsync();
        await Api.FollowAsync(viewer, followed);
        var first = await Api.NewPostAsync(followed, "one");
        var own = await Api.NewPostAsync(viewer, "two");
        await Api.NewPostAsync(stranger, "not followed");
        await Api.PostAsync("mutation($postId: ID!) { replyToPost(input: { postId: $postId, text: \"a reply\" }) { post { id } } }", new { postId = first }, followed);
        var repost = (await Api.ActAsync("repostPost", followed, own)).GetProperty("post").GetProperty("id").GetString();

        var feed = (await Api.PostAsync("{ feed(first: 10) { nodes { id } } }", null, viewer)).Data("feed");

        Assert.Equal([repost, own, first], feed.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_feed_needs_a_signed_in_viewer()
    {
        var response = await Api.PostAsync("{ feed { nodes { id } } }");

        var error = Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal("AUTH_NOT_AUTHENTICATED", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_feed_query_runs_the_same_fixed_number_of_statements_at_10_and_50_posts()
    {
        var viewer = await Api.NewUserAsync();
        var author = await Api.NewUserAsync();
        var replier = await Api.NewUserAsync();
        await Api.FollowAsync(viewer, author);
        var posts = await Api.SeedPostsAsync(author, 60, replier, repliesEach: 4);
        foreach (var postId in posts.Take(5))
        {
            await Api.ActAsync("likePost", viewer, GlobalId.Format("Post", postId));
        }

        foreach (var pageSize in new[] { 10, 50 })
        {
            fixture.Statements.Reset();
            var feed = (await Api.PostAsync(FeedWithEverything, new { first = pageSize }, viewer)).Data("feed");
            var statements = fixture.Statements.Statements;

            var nodes = feed.GetProperty("nodes").EnumerateArray().ToList();
            Assert.Equal(pageSize, nodes.Count);
            Assert.All(nodes, node => Assert.Equal(3, node.GetProperty("replies").GetProperty("nodes").GetArrayLength()));
            Assert.All(nodes, node => Assert.Equal(author.Handle, node.GetProperty("author").GetProperty("handle").GetString()));
            Assert.Equal(5, nodes.Count(node => node.GetProperty("viewerHasLiked").GetBoolean()));
            Assert.True(
                statements.Count == FeedQueryStatements,
                $"feed(first: {pageSize}) ran {statements.Count} statements, expected {FeedQueryStatements}:\n{string.Join("\n---\n", statements)}");
        }
    }

    [Fact]
    public async Task Walking_1000_posts_forwards_then_backwards_visits_each_once_while_new_posts_arrive()
    {
        var viewer = await Api.NewUserAsync();
        var author = await Api.NewUserAsync();
        await Api.FollowAsync(viewer, author);
        var seeded = (await Api.SeedPostsAsync(author, 1000)).Select(id => GlobalId.Format("Post", id)).ToHashSet();
        var arrived = new HashSet<string>();

        var forwards = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync("query($after: String) { feed(first: 50, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }", new { after }, viewer);
            forwards.AddRange(Ids(page));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            arrived.Add(await Api.NewPostAsync(author, "arrived while walking"));
        }
        while (after is not null);

        Assert.Equal(forwards.Count, forwards.Distinct().Count());
        Assert.True(seeded.SetEquals(forwards), $"the forward walk visited {forwards.Count} posts, {forwards.Count(seeded.Contains)} of the 1,000");

        var backwards = new List<string>();
        string? before = null;
        var hasPrevious = true;
        while (hasPrevious)
        {
            var page = await PageAsync("query($before: String) { feed(last: 50, before: $before) { nodes { id } pageInfo { hasPreviousPage startCursor } } }", new { before }, viewer);
            backwards.InsertRange(0, Ids(page));
            hasPrevious = page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean();
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
            arrived.Add(await Api.NewPostAsync(author, "arrived while walking back"));
        }

        Assert.Equal(backwards.Count, backwards.Distinct().Count());
        Assert.True(seeded.IsSubsetOf(backwards), "the backward walk missed seeded posts");
        Assert.All(backwards, id => Assert.True(seeded.Contains(id) || arrived.Contains(id), $"{id} is neither seeded nor arrived"));
        Assert.Equal([.. forwards], backwards.Where(seeded.Contains).ToList());
    }

    private async Task<JsonElement> PageAsync(string query, object variables, Accounts.Infrastructure.SignedInUser viewer) =>
        (await Api.PostAsync(query, variables, viewer)).Data("feed");

    private static IEnumerable<string> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("id").GetString()!);
}
