using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Posts.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Posts;

/// <summary>
/// <c>replies { totalCount }</c> under the feed: each post's count of the replies the viewer may see (0, 1, many; a
/// private and a deleted reply not counted), read by the statement that pages every post's replies, so selecting it
/// adds no statement.
/// </summary>
public sealed class ReplyTotalCountTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private const string FeedReplies = """
        { feed(first: 10) { nodes { id replies(first: 3) { COUNT nodes { id } pageInfo { hasNextPage } } } } }
        """;

    private PostsApi Api => fixture.Api;

    [Fact]
    public async Task Each_post_of_the_feed_gets_the_count_of_its_visible_replies_without_another_statement()
    {
        var (viewer, author, replier) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await Api.FollowAsync(viewer, author);
        var none = await Api.NewPostAsync(author, "no replies");
        var one = await Api.NewPostAsync(author, "one reply");
        var many = await Api.NewPostAsync(author, "many replies");
        await ReplyAsync(replier, one);
        var replies = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            replies.Add(await ReplyAsync(replier, many));
        }
        await HideAsync(privateReply: replies[1], deletedReply: replies[4]);

        var (counted, countedStatements) = await FeedAsync(viewer, "totalCount");
        var (uncounted, uncountedStatements) = await FeedAsync(viewer, "");

        Assert.Equal((0, 0, false), Replies(counted[none]));
        Assert.Equal((1, 1, false), Replies(counted[one]));
        Assert.Equal((4, 3, true), Replies(counted[many]));
        Assert.All(uncounted.Values, post => Assert.False(post.GetProperty("replies").TryGetProperty("totalCount", out _)));
        Assert.True(countedStatements.Count == uncountedStatements.Count,
            $"With totalCount {countedStatements.Count} statements, without {uncountedStatements.Count}:\n{string.Join("\n---\n", countedStatements)}");
    }

    [Fact]
    public async Task The_author_of_a_private_reply_counts_it_and_others_do_not()
    {
        var (author, replier) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var post = await Api.NewPostAsync(author, "a post");
        var kept = await ReplyAsync(replier, post);
        var hidden = await ReplyAsync(replier, post);
        await HideAsync(privateReply: hidden, deletedReply: null);
        const string query = "query($id: ID!) { post(id: $id) { replies(first: 1) { totalCount nodes { id } } } }";

        var asReplier = (await Api.PostAsync(query, new { id = post }, replier)).Data("post").GetProperty("replies");
        var asAuthor = (await Api.PostAsync(query, new { id = post }, author)).Data("post").GetProperty("replies");

        Assert.Equal(2, asReplier.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, asAuthor.GetProperty("totalCount").GetInt32());
        Assert.Equal(kept, Assert.Single(asAuthor.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString());
    }

    private static (int Total, int Nodes, bool HasNextPage) Replies(JsonElement post)
    {
        var replies = post.GetProperty("replies");
        return (replies.GetProperty("totalCount").GetInt32(), replies.GetProperty("nodes").GetArrayLength(),
            replies.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    private async Task<(Dictionary<string, JsonElement> Posts, IReadOnlyList<string> Statements)> FeedAsync(SignedInUser viewer, string totalCount)
    {
        await Api.PostAsync("{ feed(first: 1) { nodes { id } } }", null, viewer);   // the session check is cached after this
        fixture.Statements.Reset();
        var feed = (await Api.PostAsync(FeedReplies.Replace("COUNT", totalCount), null, viewer)).Data("feed");
        var statements = fixture.Statements.Statements;
        return (feed.GetProperty("nodes").EnumerateArray().ToDictionary(node => node.GetProperty("id").GetString()!), statements);
    }

    private async Task<string> ReplyAsync(SignedInUser replier, string postId) =>
        (await Api.PostAsync("mutation($postId: ID!) { replyToPost(input: { postId: $postId, text: \"a reply\" }) { post { id } } }", new { postId }, replier))
            .Data("replyToPost").GetProperty("post").GetProperty("id").GetString()!;

    /// <summary>Makes one reply private (its author alone sees it) and deletes another.</summary>
    private async Task HideAsync(string privateReply, string? deletedReply)
    {
        await using var db = fixture.Database.CreateDbContext();
        await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE posts SET visibility = 'private' WHERE id = {PostsApi.RawId(privateReply)}");
        if (deletedReply is not null)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"UPDATE posts SET deleted_at = now() WHERE id = {PostsApi.RawId(deletedReply)}");
        }
    }
}
