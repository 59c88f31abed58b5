using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Follows.Infrastructure;
using GraphQL.Relay;

namespace GraphApi.Server.Tests.Follows;

/// <summary>
/// FollowRequest as a Relay node over HTTP: the requester and the user asked reach it through node(id:) and
/// nodes(ids:); anyone else gets null, the same as for an id that never existed; the follow-request mutations take
/// user ids only.
/// </summary>
public sealed class FollowRequestNodeTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private const string Node = """
        query($id: ID!) {
          node(id: $id) { __typename id ... on FollowRequest { createdAt requester { id } target { id } } }
        }
        """;

    private const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";

    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task The_user_asked_and_the_requester_both_reach_it_through_node_and_nodes()
    {
        var (requester, target, id) = await NewRequestAsync();

        foreach (var viewer in new[] { target, requester })
        {
            var node = (await Api.Client.PostAsync(Node, new { id }, viewer.AccessToken)).Data("node");
            Assert.Equal("FollowRequest", node.GetProperty("__typename").GetString());
            Assert.Equal(id, node.GetProperty("id").GetString());
            Assert.Equal(requester.Id, node.GetProperty("requester").GetProperty("id").GetString());
            Assert.Equal(target.Id, node.GetProperty("target").GetProperty("id").GetString());

            var nodes = (await Api.Client.PostAsync(Nodes, new { ids = new[] { id } }, viewer.AccessToken)).Data("nodes");
            Assert.Equal($"[{{\"id\":\"{id}\"}}]", nodes.GetRawText());
        }
    }

    [Fact]
    public async Task Another_user_and_a_signed_out_caller_get_null_like_for_an_id_that_never_existed()
    {
        var (_, _, id) = await NewRequestAsync();
        var stranger = await Api.NewUserAsync();
        var missing = GlobalId.Format("FollowRequest", Guid.CreateVersion7());

        foreach (var accessToken in new[] { stranger.AccessToken, null })
        {
            var node = (await Api.Client.PostAsync(Node, new { id }, accessToken)).Data("node");
            var nodes = (await Api.Client.PostAsync(Nodes, new { ids = new[] { id, missing } }, accessToken)).Data("nodes");
            Assert.Equal(JsonValueKind.Null, node.ValueKind);
            Assert.Equal("[null,null]", nodes.GetRawText());
        }
    }

    [Fact]
    public async Task An_accepted_request_is_gone_for_both()
    {
        var (requester, target, id) = await NewRequestAsync();
        (await Api.AcceptRequestAsync(target, requester.Id)).Payload("acceptFollowRequest");

        foreach (var viewer in new[] { target, requester })
        {
            Assert.Equal(JsonValueKind.Null, (await Api.Client.PostAsync(Node, new { id }, viewer.AccessToken)).Data("node").ValueKind);
        }
    }

    [Fact]
    public async Task A_request_of_a_suspended_requester_is_null_for_the_user_asked()
    {
        var (requester, target, id) = await NewRequestAsync();
        await Api.Accounts.SetStatusAsync(requester, Data.Accounts.UserStatus.Suspended);

        Assert.Equal(JsonValueKind.Null, (await Api.Client.PostAsync(Node, new { id }, target.AccessToken)).Data("node").ValueKind);
    }

    [Theory]
    [InlineData("acceptFollowRequest")]
    [InlineData("declineFollowRequest")]
    [InlineData("cancelFollowRequest")]
    public async Task The_mutations_refuse_a_follow_request_id_where_they_take_a_user_id(string mutation)
    {
        var (requester, target, id) = await NewRequestAsync();
        var viewer = mutation == "cancelFollowRequest" ? requester : target;

        var response = await Api.Client.PostAsync(
            $"mutation($userId: ID!) {{ {mutation}(input: {{ userId: $userId }}) {{ __typename }} }}", new { userId = id }, viewer.AccessToken);

        var error = response.FieldError("HC0016", mutation);
        Assert.EndsWith(
            "The node id type name `FollowRequest` does not match the expected type name `User`.", error.GetProperty("message").GetString());
        Assert.True(await Api.RequestExistsAsync(requester.Id, target.Id));
    }

    /// <summary>A request of a new user to a new private profile, and its global id as the target's followRequests list shows it.</summary>
    private async Task<(SignedInUser Requester, SignedInUser Target, string Id)> NewRequestAsync()
    {
        var (requester, target) = (await Api.NewUserAsync(), await Api.NewUserAsync(isPrivate: true));
        Assert.Equal("REQUESTED", (await Api.FollowAsync(requester, target.Id)).Payload("followUser").GetProperty("status").GetString());
        var requests = (await Api.Client.PostAsync("{ followRequests(first: 5) { nodes { id } } }", accessToken: target.AccessToken)).Data("followRequests");
        var id = Assert.Single(requests.GetProperty("nodes").EnumerateArray()).GetProperty("id").GetString()!;
        return (requester, target, id);
    }
}
