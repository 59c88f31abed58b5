using System.Text.Json;
using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>
/// Followers of followers cost a fixed number of SQL statements, whatever the page size: every list, count and user of
/// one level of the query is one batch.
/// </summary>
public sealed class FollowStatementCountTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>, IAsyncLifetime
{
    /// <summary>
    /// user (1) + its followers' page (1) + those users (1) + their follower counts (1) + their followers' pages (1) +
    /// those users (1).
    /// </summary>
    private const int Statements = 6;

    private const string FollowersOfFollowers = """
        query($id: ID!, $first: Int!) {
          user(id: $id) { followers(first: $first) { nodes { handle followerCount followers(first: 5) { nodes { handle } } } } }
        }
        """;

    private string _rootId = "";

    private FollowsApi Api => fixture.Follows;

    public async Task InitializeAsync()
    {
        _rootId = (await Api.AddUsersAsync(1, handlePrefix: "root"))[0];
        var followers = await Api.AddUsersAsync(20, handlePrefix: "follower");
        var theirFollowers = await Api.AddUsersAsync(8, handlePrefix: "fof");
        await Api.AddFollowsAsync([
            .. followers.Select(f => (f, _rootId)),
            .. followers.SelectMany(f => theirFollowers.Select(t => (t, f))),
        ]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(5)]
    [InlineData(20)]
    public async Task Followers_of_followers_take_a_fixed_number_of_statements(int pageSize)
    {
        JsonElement user = default;
        var statements = await fixture.Sql.MeasureAsync(async () =>
            user = (await Api.Client.PostAsync(FollowersOfFollowers, new { id = _rootId, first = pageSize })).Data("user"));

        var nodes = user.GetProperty("followers").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(pageSize, nodes.Count);
        Assert.All(nodes, node =>
        {
            Assert.Equal(8, node.GetProperty("followerCount").GetInt32());
            Assert.Equal(5, node.GetProperty("followers").GetProperty("nodes").GetArrayLength());
            Assert.StartsWith("follower", node.GetProperty("handle").GetString());
        });
        Assert.True(statements.Count == Statements,
            $"Expected {Statements} statements, got {statements.Count}:{Environment.NewLine}{string.Join(Environment.NewLine + "--" + Environment.NewLine, statements)}");
    }

    [Fact]
    public async Task A_signed_in_viewer_costs_no_more_per_page()
    {
        var viewer = await Api.NewUserAsync();
        const string query = """
            query($id: ID!) {
              user(id: $id) {
                followers(first: 20) { nodes { handle followerCount viewerIsFollowing followers(first: 5) { nodes { handle viewerIsFollowing } } } }
              }
            }
            """;
        await Api.Client.PostAsync(query, new { id = _rootId }, viewer.AccessToken);   // the session check is cached after this

        var statements = await fixture.Sql.MeasureAsync(async () =>
            (await Api.Client.PostAsync(query, new { id = _rootId }, viewer.AccessToken)).Data("user"));

        // The viewer's follow state of each level is one more batch.
        Assert.True(statements.Count == Statements + 2,
            $"Expected {Statements + 2} statements, got {statements.Count}:{Environment.NewLine}{string.Join(Environment.NewLine + "--" + Environment.NewLine, statements)}");
    }
}
