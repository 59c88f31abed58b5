using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Follows.Infrastructure;

namespace GraphApi.Server.Tests.Accounts;

/// <summary>
/// nodes(ids:) over the viewer's own notifications, sessions and follow requests, ids of the three types mixed: one SQL
/// statement per type, however many ids of it.
/// </summary>
public sealed class ViewerNodeStatementCountTests(FollowsApiFixture fixture) : IClassFixture<FollowsApiFixture>
{
    private const string Ids = """
        {
          notifications(first: 10) { nodes { id } }
          sessions { id }
          followRequests(first: 10) { nodes { id } }
        }
        """;

    private FollowsApi Api => fixture.Follows;

    [Fact]
    public async Task Several_ids_of_each_type_are_read_by_one_statement_per_type()
    {
        var me = await Api.NewUserAsync(isPrivate: true);
        await Api.Accounts.SignInAgainAsync(me);
        await Api.Accounts.SignInAgainAsync(me);
        foreach (var requester in new[] { await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync() })
        {
            (await Api.FollowAsync(requester, me.Id)).Payload("followUser");
        }
        var own = await Api.Client.PostAsync(Ids, accessToken: me.AccessToken);
        var notificationIds = IdsOf(own.Data("notifications").GetProperty("nodes"));
        var sessionIds = IdsOf(own.Data("sessions"));
        var requestIds = IdsOf(own.Data("followRequests").GetProperty("nodes"));
        Assert.Equal((3, 3, 3), (notificationIds.Count, sessionIds.Count, requestIds.Count));
        string[] ids = [.. notificationIds.Zip(sessionIds, requestIds).SelectMany(three => new[] { three.First, three.Second, three.Third })];
        GraphQLResponse? response = null;

        var statements = await fixture.Sql.MeasureAsync(async () =>
            response = await Api.Client.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }, me.AccessToken));

        Assert.Equal(ids, IdsOf(response!.Data("nodes")));
        Assert.True(statements.Count == 3, $"Expected 3 statements, got {statements.Count}:\n{string.Join("\n\n", statements)}");
    }

    private static List<string> IdsOf(JsonElement items) =>
        [.. items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!)];
}
