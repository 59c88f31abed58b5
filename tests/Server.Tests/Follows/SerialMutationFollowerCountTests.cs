using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>
/// Mutation fields of one request run one after another, and each payload shows the writes before it: the follower
/// count the second field reads is not the one the first field's payload loaded (DataLoader caches are emptied
/// between mutation fields).
/// </summary>
public sealed class SerialMutationFollowerCountTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private const string FollowThenUnfollowThenFollow = """
        mutation($id: ID!) {
          a: followUser(input: { userId: $id }) { user { followerCount viewerIsFollowing } }
          b: unfollowUser(input: { userId: $id }) { user { followerCount viewerIsFollowing } }
          c: followUser(input: { userId: $id }) { user { followerCount viewerIsFollowing } }
        }
        """;

    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Each_follow_mutation_field_reads_the_counts_the_fields_before_it_wrote()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var others = await Api.AddUsersAsync(2, handlePrefix: "serial");
        await Api.AddFollowsAsync([.. others.Select(other => (other, ada.Id))]);

        var response = await Api.Client.PostAsync(FollowThenUnfollowThenFollow, new { id = ada.Id }, me.AccessToken);

        var counts = new[] { "a", "b", "c" }.Select(alias => response.Data(alias).GetProperty("user"))
            .Select(user => (user.GetProperty("followerCount").GetInt32(), user.GetProperty("viewerIsFollowing").GetBoolean()));
        Assert.Equal([(3, true), (2, false), (3, true)], counts);
        Assert.Equal(3, (await Api.UserAsync(ada.Id)).GetProperty("followerCount").GetInt32());
    }

    [Fact]
    public async Task A_query_keeps_one_cache_for_the_whole_request()
    {
        var ada = await Api.NewUserAsync();

        var once = await fixture.Sql.MeasureAsync(async () =>
            Assert.Equal(0, (await Api.Client.PostAsync("query($id: ID!) { a: user(id: $id) { followerCount } }", new { id = ada.Id }))
                .Data("a").GetProperty("followerCount").GetInt32()));
        var twice = await fixture.Sql.MeasureAsync(async () =>
        {
            var response = await Api.Client.PostAsync(
                "query($id: ID!) { a: user(id: $id) { followerCount } b: user(id: $id) { followerCount } }", new { id = ada.Id });
            Assert.Equal(0, response.Data("a").GetProperty("followerCount").GetInt32());
            Assert.Equal(0, response.Data("b").GetProperty("followerCount").GetInt32());
        });

        // b's user and count are answered from the request's cache.
        Assert.True(twice.Count == once.Count, string.Join($"{Environment.NewLine}--{Environment.NewLine}", twice));
    }
}
