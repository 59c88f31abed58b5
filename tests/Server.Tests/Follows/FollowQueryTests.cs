using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Follows;

/// <summary>followRequests and followSuggestions over HTTP: what the viewer sees, in which order, and who may ask.</summary>
public sealed class FollowQueryTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private const string Requests = "{ followRequests(first: 10) { totalCount nodes { id createdAt requester { id handle } } } }";

    private const string Suggestions = "{ followSuggestions(first: 10) { totalCount nodes { mutualConnectionCount user { id } } } }";

    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Follow_requests_lists_the_viewers_pending_requests_newest_first()
    {
        var (me, older, newer, accepted) =
            (await Api.NewUserAsync(isPrivate: true), await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        foreach (var requester in new[] { older, accepted, newer })
        {
            (await Api.FollowAsync(requester, me.Id)).Payload("followUser");
            fixture.Time.Advance(TimeSpan.FromSeconds(1));   // the server's clock stands still otherwise
        }
        (await Api.AcceptRequestAsync(me, accepted.Id)).Payload("acceptFollowRequest");

        var requests = (await Api.Client.PostAsync(Requests, accessToken: me.AccessToken)).Data("followRequests");

        var requesters = requests.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("requester").GetProperty("id").GetString()).ToList();
        Assert.Equal([newer.Id, older.Id], requesters);
        Assert.Equal(2, requests.GetProperty("totalCount").GetInt32());
        Assert.Equal(newer.Handle, requests.GetProperty("nodes")[0].GetProperty("requester").GetProperty("handle").GetString());
    }

    [Fact]
    public async Task Follow_requests_are_the_targets_own_and_need_a_signed_in_user()
    {
        var (me, other, requester) = (await Api.NewUserAsync(isPrivate: true), await Api.NewUserAsync(isPrivate: true), await Api.NewUserAsync());
        (await Api.FollowAsync(requester, me.Id)).Payload("followUser");

        var others = (await Api.Client.PostAsync(Requests, accessToken: other.AccessToken)).Data("followRequests");
        var requesters = (await Api.Client.PostAsync(Requests, accessToken: requester.AccessToken)).Data("followRequests");
        var anonymous = await Api.Client.PostAsync(Requests);

        Assert.Equal(0, others.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, requesters.GetProperty("totalCount").GetInt32());
        anonymous.FieldError("AUTH_NOT_AUTHENTICATED", "followRequests");
        Assert.Equal(JsonValueKind.Null, anonymous.Body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Requests_of_suspended_users_are_not_listed()
    {
        var (me, requester) = (await Api.NewUserAsync(isPrivate: true), await Api.NewUserAsync());
        (await Api.FollowAsync(requester, me.Id)).Payload("followUser");
        await Api.Accounts.SetStatusAsync(requester, UserStatus.Suspended);

        var requests = (await Api.Client.PostAsync(Requests, accessToken: me.AccessToken)).Data("followRequests");

        Assert.Equal(0, requests.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Suggestions_are_friends_of_friends_ranked_by_mutual_connections()
    {
        var me = await Api.NewUserAsync();
        var friends = await Api.AddUsersAsync(3);
        var (popular, known, alreadyFollowed, requested, suspended) =
            ((await Api.AddUsersAsync(1))[0], (await Api.AddUsersAsync(1))[0], (await Api.AddUsersAsync(1))[0],
             (await Api.AddUsersAsync(1, isPrivate: true))[0], await Api.NewUserAsync());
        await Api.AddFollowsAsync(
            (me.Id, friends[0]), (me.Id, friends[1]), (me.Id, friends[2]), (me.Id, alreadyFollowed),
            (friends[0], popular), (friends[1], popular), (friends[2], popular),    // 3 mutual connections
            (friends[0], known), (friends[1], known),                               // 2
            (friends[0], alreadyFollowed), (friends[0], requested), (friends[0], suspended.Id),
            (friends[0], me.Id), (friends[1], friends[2]));                        // me, and someone I follow
        await Api.Accounts.SetStatusAsync(suspended, UserStatus.Suspended);
        (await Api.FollowAsync(me, requested)).Payload("followUser");

        var suggestions = (await Api.Client.PostAsync(Suggestions, accessToken: me.AccessToken)).Data("followSuggestions");

        var ranked = suggestions.GetProperty("nodes").EnumerateArray()
            .Select(n => (n.GetProperty("user").GetProperty("id").GetString(), n.GetProperty("mutualConnectionCount").GetInt32()))
            .ToList();
        Assert.Equal([(popular, 3), (known, 2)], ranked);
        Assert.Equal(2, suggestions.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Suggestions_page_through_every_candidate_once()
    {
        var me = await Api.NewUserAsync();
        var friends = await Api.AddUsersAsync(2);
        var candidates = await Api.AddUsersAsync(5);
        await Api.AddFollowsAsync([(me.Id, friends[0]), (me.Id, friends[1]), .. candidates.Select(c => (friends[0], c)), (friends[1], candidates[4])]);
        const string page = "query($after: String) { followSuggestions(first: 2, after: $after) { nodes { user { id } } pageInfo { hasNextPage endCursor } } }";

        var seen = new List<string>();
        string? after = null;
        do
        {
            var connection = (await Api.Client.PostAsync(page, new { after }, me.AccessToken)).Data("followSuggestions");
            seen.AddRange(connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("user").GetProperty("id").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(candidates[4], seen[0]);
        Assert.Equal(candidates.Order(), seen.Order());
    }

    [Fact]
    public async Task Suggestions_need_a_signed_in_user()
    {
        var response = await Api.Client.PostAsync(Suggestions);

        response.FieldError("AUTH_NOT_AUTHENTICATED", "followSuggestions");
    }
}
