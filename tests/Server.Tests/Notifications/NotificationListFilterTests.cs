using System.Text.Json;
using GraphApi.Data.Notifications;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using GraphApi.Server.Tests.Posts.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationRows;

namespace GraphApi.Server.Tests.Notifications;

/// <summary><c>where</c> and <c>order</c> on notifications over HTTP on PostgreSQL: kind, readAt, createdAt; the viewer's own only.</summary>
public sealed class NotificationListFilterTests(PostsApiFixture fixture) : IClassFixture<PostsApiFixture>
{
    private const string Query = """
        query($where: NotificationFilterInput, $order: [NotificationSortInput!], $first: Int, $after: String) {
          notifications(where: $where, order: $order, first: $first, after: $after) { nodes { id } pageInfo { endCursor } }
        }
        """;

    private AccountsApi Api => fixture.Api.Accounts;

    private NotificationRows Rows => new(fixture.Database);

    [Fact]
    public async Task Filters_by_kind_and_unread_in_SQL()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var now = DateTimeOffset.UtcNow;
        var follow = await Rows.AddAsync(me.Id, actor.Id, now.AddMinutes(-3));
        var request = await Rows.AddAsync(me.Id, actor.Id, now.AddMinutes(-2), NotificationKind.FollowRequest);
        var readRequest = await Rows.AddAsync(me.Id, actor.Id, now.AddMinutes(-1), NotificationKind.FollowRequest);
        await MarkReadAsync(readRequest, now);

        fixture.Statements.Reset();
        var requests = await ListAsync(me, new { where = new { kind = new { eq = "FOLLOW_REQUEST" } } });
        var kindSql = fixture.Statements.Statements.Single(s => s.Contains("FROM notifications", StringComparison.Ordinal) && s.Contains("kind", StringComparison.Ordinal) && s.Contains("LIMIT", StringComparison.Ordinal));
        var unread = await ListAsync(me, new { where = new { readAt = new { eq = (string?)null } } });
        var readOrFollows = await ListAsync(me, new { where = new { or = new object[] { new { readAt = new { neq = (string?)null } }, new { kind = new { @in = new[] { "FOLLOW" } } } } } });

        Assert.Equal([GlobalIdOf(readRequest), GlobalIdOf(request)], requests);
        Assert.Matches(@"\.kind = ", kindSql);
        Assert.Equal([GlobalIdOf(request), GlobalIdOf(follow)], unread);
        Assert.Equal([GlobalIdOf(readRequest), GlobalIdOf(follow)], readOrFollows);
    }

    [Fact]
    public async Task Orders_oldest_first_or_by_readAt_when_asked()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var now = DateTimeOffset.UtcNow;
        var oldest = await Rows.AddAsync(me.Id, actor.Id, now.AddMinutes(-3));
        var middle = await Rows.AddAsync(me.Id, actor.Id, now.AddMinutes(-2));
        var newest = await Rows.AddAsync(me.Id, actor.Id, now.AddMinutes(-1));
        await MarkReadAsync(middle, now);

        fixture.Statements.Reset();
        var oldestFirst = await ListAsync(me, new { order = new[] { new { createdAt = "ASC" } } });
        var orderSql = fixture.Statements.Statements.Single(s => s.Contains("FROM notifications", StringComparison.Ordinal) && s.Contains("LIMIT", StringComparison.Ordinal));
        var readFirst = await ListAsync(me, new { order = new object[] { new { readAt = "DESC" }, new { createdAt = "ASC" } } });

        Assert.Equal([GlobalIdOf(oldest), GlobalIdOf(middle), GlobalIdOf(newest)], oldestFirst);
        Assert.Matches(@"ORDER BY \S+\.created_at, \S+\.id", orderSql);
        // PostgreSQL puts nulls (unread) first descending.
        Assert.Equal([GlobalIdOf(oldest), GlobalIdOf(newest), GlobalIdOf(middle)], readFirst);
    }

    [Fact]
    public async Task A_filter_never_reaches_someone_elses_notifications()
    {
        var (me, other, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        var theirs = await Rows.AddAsync(other.Id, actor.Id, DateTimeOffset.UtcNow);

        var everything = await ListAsync(me, new { where = new { or = new object[] { new { readAt = new { eq = (string?)null } }, new { kind = new { neq = "LIKE" } } } } });
        var recipient = await Api.Client.PostAsync(
            "query($id: ID!) { notifications(where: { recipientId: { eq: $id } }) { nodes { id } } }", new { id = theirs }, me.AccessToken);

        Assert.Empty(everything);
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", recipient.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Only_kind_readAt_and_createdAt_are_offered()
    {
        var types = (await Api.Client.PostAsync("""
            { filter: __type(name: "NotificationFilterInput") { inputFields { name } }
              sort: __type(name: "NotificationSortInput") { inputFields { name } } }
            """)).Body.GetProperty("data");

        Assert.Equal(["and", "or", "kind", "createdAt", "readAt"], Names(types.GetProperty("filter")));
        Assert.Equal(["createdAt", "readAt"], Names(types.GetProperty("sort")));
    }

    [Fact]
    public async Task A_cursor_of_the_default_order_is_refused_under_another()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        await Rows.AddAsync(me.Id, actor.Id, DateTimeOffset.UtcNow.AddMinutes(-1));
        await Rows.AddAsync(me.Id, actor.Id, DateTimeOffset.UtcNow);
        var cursor = (await Api.Client.PostAsync(Query, new { first = 1 }, me.AccessToken))
            .Data("notifications").GetProperty("pageInfo").GetProperty("endCursor").GetString();

        var response = await Api.Client.PostAsync(Query, new { first = 1, after = cursor, order = new[] { new { createdAt = "ASC" } } }, me.AccessToken);

        response.FieldError("HC0078", "notifications");
    }

    private async Task<List<string>> ListAsync(SignedInUser viewer, object variables) =>
        [.. (await Api.Client.PostAsync(Query, variables, viewer.AccessToken)).Data("notifications")
            .GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];

    private async Task MarkReadAsync(Guid id, DateTimeOffset readAt)
    {
        await using var db = fixture.Database.CreateDbContext();
        await db.Notifications.Where(n => n.Id == id).ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, readAt));
    }

    private static List<string> Names(JsonElement type) =>
        [.. type.GetProperty("inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!)];
}
