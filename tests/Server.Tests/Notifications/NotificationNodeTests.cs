using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using GraphQL.Relay;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationOperations;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationRows;

namespace GraphApi.Server.Tests.Notifications;

/// <summary>
/// Notification as a Relay node over HTTP: its recipient reaches it through node(id:) and nodes(ids:); anyone else gets
/// null, the same as for an id that never existed; markNotificationsRead takes notification ids only.
/// </summary>
public sealed class NotificationNodeTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private const string Node = """
        query($id: ID!) {
          node(id: $id) { __typename id ... on Notification { kind readAt actor { id } } }
        }
        """;

    private const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { id } }";

    private AccountsApi Api => fixture.Api;

    private NotificationRows Rows => new(fixture.Database);

    [Fact]
    public async Task The_recipient_reaches_it_through_node_and_nodes_with_the_id_the_list_shows()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var first = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        var second = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow().AddSeconds(1), Data.Notifications.NotificationKind.FollowRequest);
        var listed = (await Api.Client.PostAsync(NotificationList, new { first = 5 }, me.AccessToken)).Data("notifications");

        var node = (await Api.Client.PostAsync(Node, new { id = GlobalIdOf(first) }, me.AccessToken)).Data("node");
        var nodes = (await Api.Client.PostAsync(Nodes, new { ids = new[] { GlobalIdOf(second), GlobalIdOf(first) } }, me.AccessToken)).Data("nodes");

        Assert.Equal(
            [GlobalIdOf(second), GlobalIdOf(first)],
            listed.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(
            $"{{\"__typename\":\"Notification\",\"id\":\"{GlobalIdOf(first)}\",\"kind\":\"FOLLOW\",\"readAt\":null,\"actor\":{{\"id\":\"{actor.Id}\"}}}}",
            node.GetRawText());
        Assert.Equal($"[{{\"id\":\"{GlobalIdOf(second)}\"}},{{\"id\":\"{GlobalIdOf(first)}\"}}]", nodes.GetRawText());
    }

    [Fact]
    public async Task Another_user_and_a_signed_out_caller_get_null_like_for_an_id_that_never_existed()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var id = GlobalIdOf(await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow()));
        var missing = GlobalIdOf(Guid.CreateVersion7());

        foreach (var accessToken in new[] { actor.AccessToken, null })
        {
            var node = (await Api.Client.PostAsync(Node, new { id }, accessToken)).Data("node");
            var nodes = (await Api.Client.PostAsync(Nodes, new { ids = new[] { id, missing } }, accessToken)).Data("nodes");
            Assert.Equal(JsonValueKind.Null, node.ValueKind);
            Assert.Equal("[null,null]", nodes.GetRawText());
        }
    }

    [Fact]
    public async Task MarkNotificationsRead_refuses_the_id_of_another_type_and_marks_nothing()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var id = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        var userId = GlobalId.Format("User", id);

        var response = await Api.Client.PostAsync(MarkRead, new { input = new { ids = new[] { GlobalIdOf(id), userId } } }, me.AccessToken);

        // The ids come in a variable, so the request fails while its variables are read, before anything runs.
        var error = Assert.Single(response.Body.GetProperty("errors").EnumerateArray());
        Assert.Equal(
            $"Variable \"$input\" has an invalid value \"{userId}\" at \"input.ids[1]\": "
                + "The node id type name `User` does not match the expected type name `Notification`.",
            error.GetProperty("message").GetString());
        Assert.Equal("HC0016", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.Body.TryGetProperty("data", out _));
        Assert.Null(await Rows.ReadAtAsync(id));
    }
}
