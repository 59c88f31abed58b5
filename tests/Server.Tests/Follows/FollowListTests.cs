using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>followers, following and the mutual lists over HTTP: order, paging, and who may see them.</summary>
public sealed class FollowListTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private const string Lists = """
        query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
          user(id: $id) {
            followerCount followingCount
            followers(first: $first, after: $after, last: $last, before: $before) {
              totalCount nodes { id handle } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            }
            following(first: $first) { totalCount nodes { id } }
          }
        }
        """;

    private const string Mutuals = """
        query($id: ID!) {
          user(id: $id) { mutualFollowers { totalCount nodes { id } } mutualFollowing { totalCount nodes { id } } }
        }
        """;

    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Followers_are_listed_newest_first_and_paged_forwards_and_backwards()
    {
        var ada = await Api.NewUserAsync();
        var followers = await Api.AddUsersAsync(5);
        await Api.AddFollowsAsync([.. followers.Select(f => (f, ada.Id))]);
        var newestFirst = followers.Reverse().ToList();

        var first = await ListsAsync(ada.Id, null, new { first = 2 });
        Assert.Equal(newestFirst[..2], Ids(first.GetProperty("followers")));
        Assert.Equal(5, first.GetProperty("followers").GetProperty("totalCount").GetInt32());
        Assert.True(PageInfo(first).GetProperty("hasNextPage").GetBoolean());

        var second = await ListsAsync(ada.Id, null, new { first = 2, after = PageInfo(first).GetProperty("endCursor").GetString() });
        var third = await ListsAsync(ada.Id, null, new { first = 2, after = PageInfo(second).GetProperty("endCursor").GetString() });
        Assert.Equal(newestFirst[2..4], Ids(second.GetProperty("followers")));
        Assert.Equal(newestFirst[4..], Ids(third.GetProperty("followers")));
        Assert.False(PageInfo(third).GetProperty("hasNextPage").GetBoolean());
        Assert.True(PageInfo(third).GetProperty("hasPreviousPage").GetBoolean());

        var back = await ListsAsync(ada.Id, null, new { last = 3, before = PageInfo(third).GetProperty("startCursor").GetString() });
        Assert.Equal(newestFirst[1..4], Ids(back.GetProperty("followers")));
        Assert.True(PageInfo(back).GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Following_lists_whom_the_user_follows()
    {
        var ada = await Api.NewUserAsync();
        var followees = await Api.AddUsersAsync(3);
        await Api.AddFollowsAsync([.. followees.Select(f => (ada.Id, f))]);

        var user = await ListsAsync(ada.Id, null, new { first = 10 });

        Assert.Equal(followees.Reverse(), Ids(user.GetProperty("following")));
        Assert.Equal(3, user.GetProperty("following").GetProperty("totalCount").GetInt32());
        Assert.Equal(3, user.GetProperty("followingCount").GetInt32());
    }

    [Theory]
    [InlineData(UserStatus.Suspended)]
    [InlineData(UserStatus.Deleted)]
    public async Task Suspended_and_deleted_users_are_not_listed(UserStatus status)
    {
        var (ada, gone) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var others = await Api.AddUsersAsync(2);
        await Api.AddFollowsAsync((gone.Id, ada.Id), (others[0], ada.Id), (others[1], ada.Id), (ada.Id, gone.Id));
        await Api.Accounts.SetStatusAsync(gone, status);

        var user = await ListsAsync(ada.Id, null, new { first = 10 });

        Assert.Equal([others[1], others[0]], Ids(user.GetProperty("followers")));
        Assert.Equal(2, user.GetProperty("followers").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, user.GetProperty("followerCount").GetInt32());
        Assert.Empty(Ids(user.GetProperty("following")));
    }

    [Fact]
    public async Task A_private_profiles_lists_are_seen_by_the_user_and_approved_followers_only()
    {
        var (owner, approved, requester, stranger) =
            (await Api.NewUserAsync(isPrivate: true), await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        var followee = (await Api.AddUsersAsync(1))[0];
        await Api.AddFollowsAsync((approved.Id, owner.Id), (owner.Id, followee));
        (await Api.FollowAsync(requester, owner.Id)).Payload("followUser");

        foreach (var viewer in new[] { owner, approved })
        {
            var seen = await ListsAsync(owner.Id, viewer, new { first = 10 });
            Assert.Equal([approved.Id], Ids(seen.GetProperty("followers")));
            Assert.Equal([followee], Ids(seen.GetProperty("following")));
        }

        foreach (var viewer in new[] { requester, stranger, null })
        {
            var hidden = await ListsAsync(owner.Id, viewer, new { first = 10 });
            Assert.Empty(Ids(hidden.GetProperty("followers")));
            Assert.Empty(Ids(hidden.GetProperty("following")));
            Assert.Equal(0, hidden.GetProperty("followers").GetProperty("totalCount").GetInt32());
            Assert.Equal(1, hidden.GetProperty("followerCount").GetInt32());
            Assert.Equal(1, hidden.GetProperty("followingCount").GetInt32());
            Assert.DoesNotContain(approved.Id, hidden.GetRawText());
            Assert.DoesNotContain(followee, hidden.GetRawText());
        }
    }

    [Fact]
    public async Task Nested_lists_of_a_private_profile_stay_hidden_from_who_may_not_see_them()
    {
        var (viewer, hub, secret) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        var secretsFollower = (await Api.AddUsersAsync(1))[0];
        await Api.AddFollowsAsync((secret.Id, hub.Id), (secretsFollower, secret.Id));

        var response = await Api.Client.PostAsync(
            "query($id: ID!) { user(id: $id) { followers { nodes { id followers { totalCount nodes { id } } } } } }",
            new { id = hub.Id }, viewer.AccessToken);

        var node = Assert.Single(response.Data("user").GetProperty("followers").GetProperty("nodes").EnumerateArray());
        Assert.Equal(secret.Id, node.GetProperty("id").GetString());
        Assert.Equal(0, node.GetProperty("followers").GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain(secretsFollower, response.Body.GetRawText());
    }

    [Fact]
    public async Task Mutual_lists_show_the_overlap_with_the_viewers_follows()
    {
        var (me, ada) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var (both, onlyMine, onlyAdas) = ((await Api.AddUsersAsync(1))[0], (await Api.AddUsersAsync(1))[0], (await Api.AddUsersAsync(1))[0]);
        await Api.AddFollowsAsync(
            (me.Id, both), (me.Id, onlyMine),                // whom I follow
            (both, ada.Id), (onlyAdas, ada.Id),              // Ada's followers
            (ada.Id, both), (ada.Id, onlyAdas));             // whom Ada follows

        var user = (await Api.Client.PostAsync(Mutuals, new { id = ada.Id }, me.AccessToken)).Data("user");

        Assert.Equal([both], Ids(user.GetProperty("mutualFollowers")));
        Assert.Equal([both], Ids(user.GetProperty("mutualFollowing")));
        Assert.Equal(1, user.GetProperty("mutualFollowers").GetProperty("totalCount").GetInt32());

        var anonymous = (await Api.Client.PostAsync(Mutuals, new { id = ada.Id })).Data("user");
        Assert.Empty(Ids(anonymous.GetProperty("mutualFollowers")));
        Assert.Empty(Ids(anonymous.GetProperty("mutualFollowing")));
    }

    [Fact]
    public async Task Mutual_lists_of_a_private_profile_are_hidden_from_who_may_not_see_its_lists()
    {
        var (me, secret) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        var friend = (await Api.AddUsersAsync(1))[0];
        await Api.AddFollowsAsync((me.Id, friend), (friend, secret.Id), (secret.Id, friend));

        var user = (await Api.Client.PostAsync(Mutuals, new { id = secret.Id }, me.AccessToken)).Data("user");

        Assert.Empty(Ids(user.GetProperty("mutualFollowers")));
        Assert.Empty(Ids(user.GetProperty("mutualFollowing")));
    }

    [Fact]
    public async Task Paging_errors_name_the_field_and_the_limit()
    {
        var ada = await Api.NewUserAsync();

        var tooMany = await Api.Client.PostAsync(Lists, new { id = ada.Id, first = 51 });
        var badCursor = await Api.Client.PostAsync(Lists, new { id = ada.Id, first = 2, after = "bm90LWEtY3Vyc29y" });

        var tooManyError = tooMany.Body.GetProperty("errors")[0];
        Assert.Equal("HC0051", tooManyError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("User.followers", tooManyError.GetProperty("message").GetString());
        Assert.Contains("50", tooManyError.GetProperty("message").GetString());
        var cursorError = badCursor.Body.GetProperty("errors")[0];
        Assert.Equal("HC0078", cursorError.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("""["user","followers"]""", cursorError.GetProperty("path").GetRawText());
    }

    private async Task<JsonElement> ListsAsync(string id, SignedInUser? viewer, object paging)
    {
        var variables = JsonSerializer.SerializeToElement(paging).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        variables["id"] = id;
        return (await Api.Client.PostAsync(Lists, variables, viewer?.AccessToken)).Data("user");
    }

    private static JsonElement PageInfo(JsonElement user) => user.GetProperty("followers").GetProperty("pageInfo");

    private static List<string> Ids(JsonElement connection) =>
        [.. connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
}
