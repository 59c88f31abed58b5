using System.Text.Json;
using GraphApi.Data.Accounts;
using GraphApi.Data.Notifications;
using GraphApi.Schema.Notifications;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationOperations;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationRows;

namespace GraphApi.Server.Tests.Notifications;

/// <summary>The notifications query: the viewer's own, newest first, paged by cursor; and what NotificationService stores.</summary>
public sealed class NotificationListTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private NotificationRows Rows => new(fixture.Database);

    private NotificationService Service => fixture.Server.Services.GetRequiredService<NotificationService>();

    [Fact]
    public async Task Signed_out_callers_get_AUTH_NOT_AUTHENTICATED()
    {
        var response = await Api.Client.PostAsync(NotificationList);

        response.FieldError("AUTH_NOT_AUTHENTICATED", "notifications");
        Assert.Equal(JsonValueKind.Null, response.Body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task The_viewer_reads_their_own_notifications_newest_first_with_the_actor()
    {
        var (me, alice, bob) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        var start = fixture.Time.GetUtcNow();
        var older = await Rows.AddAsync(me.Id, alice.Id, start.AddMinutes(-2));
        var newer = await Rows.AddAsync(me.Id, bob.Id, start.AddMinutes(-1), NotificationKind.FollowRequest);
        await Rows.AddAsync(alice.Id, me.Id, start);

        var connection = (await ListAsync(me)).Data("notifications");

        var nodes = connection.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([GlobalIdOf(newer), GlobalIdOf(older)], nodes.Select(n => n.GetProperty("id").GetString()));
        Assert.Equal(["FOLLOW_REQUEST", "FOLLOW"], nodes.Select(n => n.GetProperty("kind").GetString()));
        Assert.Equal([bob.Handle, alice.Handle], nodes.Select(n => n.GetProperty("actor").GetProperty("handle").GetString()));
        Assert.Equal(start.AddMinutes(-1), nodes[0].GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, nodes[0].GetProperty("readAt").ValueKind);
        Assert.False(connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Pages_of_the_default_size_walk_every_notification_once_also_with_equal_times()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var sameTime = fixture.Time.GetUtcNow();
        var stored = new HashSet<string>();
        for (var i = 0; i < 23; i++)
        {
            // Groups of equal times: the id decides the order inside a group.
            stored.Add(GlobalIdOf(await Rows.AddAsync(me.Id, actor.Id, sameTime.AddSeconds(-(i / 4)))));
        }
        var expectedOrder = (await Rows.OfAsync(me.Id)).Select(n => GlobalIdOf(n.Id)).ToList();

        var seen = new List<string>();
        var pageSizes = new List<int>();
        string? after = null;
        bool hasNextPage;
        do
        {
            var connection = (await ListAsync(me, after: after)).Data("notifications");
            var ids = connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
            Assert.Equal(ids, connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var pageInfo = connection.GetProperty("pageInfo");
            Assert.Equal(after is not null, pageInfo.GetProperty("hasPreviousPage").GetBoolean());
            Assert.Equal(connection.GetProperty("edges").EnumerateArray().Last().GetProperty("cursor").GetString(), pageInfo.GetProperty("endCursor").GetString());
            seen.AddRange(ids);
            pageSizes.Add(ids.Count);
            hasNextPage = pageInfo.GetProperty("hasNextPage").GetBoolean();
            after = pageInfo.GetProperty("endCursor").GetString();
        }
        while (hasNextPage);

        Assert.Equal([10, 10, 3], pageSizes);
        Assert.Equal(expectedOrder, seen);
        Assert.Equal(stored.Order(), seen.Order());
    }

    [Theory]
    [InlineData(51, "HC0051", "The maximum allowed items per page were exceeded")]
    [InlineData(-1, "HC0079", "The requested number of values per page must be at least 0")]
    public async Task A_page_size_outside_0_to_50_is_an_error_naming_the_limit(int first, string code, string message)
    {
        var me = await Api.NewUserAsync();

        var error = (await ListAsync(me, first)).FieldError(code, "notifications");

        Assert.StartsWith(message, error.GetProperty("message").GetString());
        Assert.Contains(first == 51 ? "at most 50" : "is -1", error.GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("not a cursor")]
    [InlineData("AAAA")]
    public async Task A_cursor_that_is_not_a_notifications_cursor_is_an_error(string after)
    {
        var me = await Api.NewUserAsync();

        var error = (await ListAsync(me, after: after)).FieldError("HC0078", "notifications");

        Assert.Contains("cursor", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_deleted_actor_reads_as_null()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        await Api.SetStatusAsync(actor, UserStatus.Deleted);

        var node = Assert.Single((await ListAsync(me)).Data("notifications").GetProperty("nodes").EnumerateArray());

        Assert.Equal(JsonValueKind.Null, node.GetProperty("actor").ValueKind);
    }

    [Fact]
    public async Task The_service_stores_one_notification_per_recipient_and_none_for_the_actor()
    {
        var (actor, alice, bob) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());

        await Service.NotifyAsync([NotificationRows.RawIdOf(alice.Id), NotificationRows.RawIdOf(actor.Id), NotificationRows.RawIdOf(alice.Id), NotificationRows.RawIdOf(bob.Id)],
            NotificationRows.RawIdOf(actor.Id), NotificationKind.Follow);

        foreach (var recipient in new[] { alice, bob })
        {
            var stored = Assert.Single(await Rows.OfAsync(recipient.Id));
            Assert.Equal((NotificationRows.RawIdOf(actor.Id), NotificationKind.Follow, fixture.Time.GetUtcNow()), (stored.ActorId, stored.Kind, stored.CreatedAt));
        }
        Assert.Empty(await Rows.OfAsync(actor.Id));
    }

    private Task<GraphQLResponse> ListAsync(SignedInUser user, int? first = null, string? after = null) =>
        Api.Client.PostAsync(NotificationList, new { first, after }, user.AccessToken);
}
