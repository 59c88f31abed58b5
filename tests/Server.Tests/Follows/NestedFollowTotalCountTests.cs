using System.Text.Json;
using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>
/// <c>totalCount</c> of the follow lists of a list of users: each user's count is right (0, 1, many) and comes from the
/// statement that pages every user's list, so selecting it adds no statement.
/// </summary>
public sealed class NestedFollowTotalCountTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private const string FollowersOfFollowers = """
        query($id: ID!) {
          user(id: $id) { followers(first: 10) { nodes { handle followers(first: 2) { COUNT nodes { handle } pageInfo { hasNextPage } } } } }
        }
        """;

    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Each_follower_gets_the_count_of_its_own_followers_without_another_statement()
    {
        var root = (await Api.AddUsersAsync(1, handlePrefix: "nroot"))[0];
        var followers = await Api.AddUsersAsync(3, handlePrefix: "nfollower");
        var theirFollowers = await Api.AddUsersAsync(4, handlePrefix: "nfof");
        await Api.AddFollowsAsync([
            .. followers.Select(f => (f, root)),
            (theirFollowers[0], followers[1]),
            .. theirFollowers.Select(t => (t, followers[2])),
        ]);

        var (counted, countedStatements) = await RunAsync(root, "totalCount");
        var (uncounted, uncountedStatements) = await RunAsync(root, "");

        var expected = new Dictionary<string, (int Total, int Nodes, bool HasNextPage)>
        {
            ["nfollower000"] = (0, 0, false), ["nfollower001"] = (1, 1, false), ["nfollower002"] = (4, 2, true),
        };
        Assert.Equal(expected.Count, counted.Count);
        foreach (var node in counted)
        {
            var list = node.GetProperty("followers");
            Assert.Equal(
                expected[node.GetProperty("handle").GetString()!.Split('_')[0]],
                (list.GetProperty("totalCount").GetInt32(), list.GetProperty("nodes").GetArrayLength(), list.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
        }
        Assert.All(uncounted, node => Assert.False(node.GetProperty("followers").TryGetProperty("totalCount", out _)));
        Assert.True(countedStatements.Count == uncountedStatements.Count,
            $"With totalCount {countedStatements.Count} statements, without {uncountedStatements.Count}:{Environment.NewLine}{string.Join(Environment.NewLine + "--" + Environment.NewLine, countedStatements)}");
    }

    private async Task<(List<JsonElement> Nodes, IReadOnlyList<string> Statements)> RunAsync(string rootId, string totalCount)
    {
        JsonElement user = default;
        var statements = await fixture.Sql.MeasureAsync(async () =>
            user = (await Api.Client.PostAsync(FollowersOfFollowers.Replace("COUNT", totalCount), new { id = rootId })).Data("user"));
        return (user.GetProperty("followers").GetProperty("nodes").EnumerateArray().ToList(), statements);
    }
}
