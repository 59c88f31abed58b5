using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphQL.Relay;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>
/// Session as a Relay node over HTTP: its owner reaches their active sessions through node(id:) and nodes(ids:);
/// anyone else gets null, the same as for an ended session or an id that never existed; revokeSession takes session
/// ids only.
/// </summary>
public sealed class SessionNodeTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private const string Node = """
        query($id: ID!) {
          node(id: $id) { __typename id ... on Session { userAgent isCurrent } }
        }
        """;

    private const string Nodes = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Session { id isCurrent } } }";

    private AccountsApi Api => fixture.Api;

    [Fact]
    public async Task The_owner_reaches_each_of_their_sessions_with_the_current_one_marked()
    {
        var phone = await Api.NewUserAsync();
        using var laptopClient = Api.ClientFrom("127.0.0.1", "Laptop/1.0");
        var laptop = await Api.SignInAgainAsync(phone, laptopClient);
        var (phoneId, laptopId) = (await Api.CurrentSessionIdAsync(phone), await Api.CurrentSessionIdAsync(laptop));

        var node = (await Api.Client.PostAsync(Node, new { id = laptopId }, phone.AccessToken)).Data("node");
        var nodes = (await Api.Client.PostAsync(Nodes, new { ids = new[] { phoneId, laptopId } }, laptop.AccessToken)).Data("nodes");

        Assert.Equal($"{{\"__typename\":\"Session\",\"id\":\"{laptopId}\",\"userAgent\":\"Laptop/1.0\",\"isCurrent\":false}}", node.GetRawText());
        Assert.Equal($"[{{\"id\":\"{phoneId}\",\"isCurrent\":false}},{{\"id\":\"{laptopId}\",\"isCurrent\":true}}]", nodes.GetRawText());
    }

    [Fact]
    public async Task Another_user_a_signed_out_caller_and_an_ended_session_get_null_like_an_id_that_never_existed()
    {
        var me = await Api.NewUserAsync();
        var ended = await Api.SignInAgainAsync(me);
        var (id, endedId) = (await Api.CurrentSessionIdAsync(me), await Api.CurrentSessionIdAsync(ended));
        (await Api.Client.PostAsync(AccountOperations.SignOut, accessToken: ended.AccessToken)).Data("signOut");
        var other = await Api.NewUserAsync();
        var missing = GlobalId.Format("Session", Guid.CreateVersion7());

        foreach (var accessToken in new[] { other.AccessToken, null })
        {
            var node = (await Api.Client.PostAsync(Node, new { id }, accessToken)).Data("node");
            var nodes = (await Api.Client.PostAsync(Nodes, new { ids = new[] { id, missing } }, accessToken)).Data("nodes");
            Assert.Equal(JsonValueKind.Null, node.ValueKind);
            Assert.Equal("[null,null]", nodes.GetRawText());
        }
        var own = (await Api.Client.PostAsync(Nodes, new { ids = new[] { endedId, id } }, me.AccessToken)).Data("nodes");
        Assert.Equal($"[null,{{\"id\":\"{id}\",\"isCurrent\":true}}]", own.GetRawText());
    }

    [Fact]
    public async Task RevokeSession_refuses_the_id_of_another_type_and_ends_nothing()
    {
        var me = await Api.NewUserAsync();
        var sessionId = await Api.CurrentSessionIdAsync(me);
        var notificationId = GlobalId.Format("Notification", (Guid)GlobalId.Parse(sessionId, typeof(Guid)).InternalId);

        var response = await Api.Client.PostAsync(AccountOperations.RevokeSession, new { sessionId = notificationId }, me.AccessToken);

        var error = response.FieldError("HC0016", "revokeSession");
        Assert.EndsWith(
            "The node id type name `Notification` does not match the expected type name `Session`.", error.GetProperty("message").GetString());
        Assert.Equal(sessionId, await Api.CurrentSessionIdAsync(me));
    }
}
