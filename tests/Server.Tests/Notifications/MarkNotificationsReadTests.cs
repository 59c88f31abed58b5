using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;
using GraphApi.Server.Tests.Infrastructure;
using GraphApi.Server.Tests.Notifications.Infrastructure;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationOperations;
using static GraphApi.Server.Tests.Notifications.Infrastructure.NotificationRows;

namespace GraphApi.Server.Tests.Notifications;

/// <summary>unreadNotificationCount and markNotificationsRead: one, several, all; someone else's; bad input; the id limit.</summary>
public sealed class MarkNotificationsReadTests(AccountsApiFixture fixture) : IClassFixture<AccountsApiFixture>
{
    private AccountsApi Api => fixture.Api;

    private NotificationRows Rows => new(fixture.Database);

    [Fact]
    public async Task Signed_out_callers_get_AUTH_NOT_AUTHENTICATED_and_nothing_is_marked()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var id = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());

        (await Api.Client.PostAsync(UnreadCount)).FieldError("AUTH_NOT_AUTHENTICATED", "unreadNotificationCount");
        (await Api.Client.PostAsync(MarkRead, new { input = new { all = true } })).FieldError("AUTH_NOT_AUTHENTICATED", "markNotificationsRead");

        Assert.Null(await Rows.ReadAtAsync(id));
    }

    [Fact]
    public async Task The_unread_count_counts_only_the_viewers_unread_notifications()
    {
        var (me, actor, other) = (await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync());
        await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        await Rows.AddAsync(me.Id, other.Id, fixture.Time.GetUtcNow());
        await Rows.AddAsync(other.Id, me.Id, fixture.Time.GetUtcNow());

        Assert.Equal(2, (await UnreadCountAsync(me)).GetInt32());
        Assert.Equal(1, (await UnreadCountAsync(other)).GetInt32());
        Assert.Equal(0, (await UnreadCountAsync(actor)).GetInt32());
    }

    [Fact]
    public async Task Marking_one_by_id_reads_it_at_the_servers_time_and_leaves_the_others_unread()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var first = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        var second = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        fixture.Time.Advance(TimeSpan.FromMinutes(3));

        var payload = (await MarkReadAsync(me, new { ids = new[] { GlobalIdOf(first) } })).Payload("markNotificationsRead");

        Assert.Equal(1, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(1, payload.GetProperty("unreadNotificationCount").GetInt32());
        Assert.Equal(fixture.Time.GetUtcNow(), await Rows.ReadAtAsync(first));
        Assert.Null(await Rows.ReadAtAsync(second));
    }

    [Fact]
    public async Task Marking_again_keeps_the_first_read_time_and_marks_nothing()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var id = await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow());
        (await MarkReadAsync(me, new { ids = new[] { GlobalIdOf(id) } })).Payload("markNotificationsRead");
        var readAt = await Rows.ReadAtAsync(id);
        fixture.Time.Advance(TimeSpan.FromMinutes(1));

        var payload = (await MarkReadAsync(me, new { ids = new[] { GlobalIdOf(id), GlobalIdOf(id) } })).Payload("markNotificationsRead");

        Assert.Equal(0, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(readAt, await Rows.ReadAtAsync(id));
    }

    [Fact]
    public async Task Marking_all_reads_every_notification_of_the_viewer_and_no_one_elses()
    {
        var (me, actor) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var mine = new[]
        {
            await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow()),
            await Rows.AddAsync(me.Id, actor.Id, fixture.Time.GetUtcNow(), Data.Notifications.NotificationKind.FollowRequest),
        };
        var theirs = await Rows.AddAsync(actor.Id, me.Id, fixture.Time.GetUtcNow());

        var payload = (await MarkReadAsync(me, new { all = true })).Payload("markNotificationsRead");

        Assert.Equal(2, payload.GetProperty("markedCount").GetInt32());
        Assert.Equal(0, payload.GetProperty("unreadNotificationCount").GetInt32());
        foreach (var id in mine)
        {
            Assert.NotNull(await Rows.ReadAtAsync(id));
        }
        Assert.Null(await Rows.ReadAtAsync(theirs));
        Assert.Equal(0, (await UnreadCountAsync(me)).GetInt32());
    }

    [Fact]
    public async Task Someone_elses_notification_reads_as_not_found_like_a_missing_one_and_nothing_is_marked()
    {
        var (me, someoneElse) = (await Api.NewUserAsync(), await Api.NewUserAsync());
        var mine = await Rows.AddAsync(me.Id, someoneElse.Id, fixture.Time.GetUtcNow());
        var theirs = await Rows.AddAsync(someoneElse.Id, me.Id, fixture.Time.GetUtcNow());
        var missing = Guid.CreateVersion7();

        var error = (await MarkReadAsync(me, new { ids = new[] { GlobalIdOf(mine), GlobalIdOf(theirs), GlobalIdOf(missing) } }))
            .PayloadError("markNotificationsRead", "NotificationNotFoundError");

        Assert.Equal([GlobalIdOf(theirs), GlobalIdOf(missing)], error.GetProperty("ids").EnumerateArray().Select(id => id.GetString()));
        Assert.Contains("nothing was marked read", error.GetProperty("message").GetString());
        Assert.Null(await Rows.ReadAtAsync(mine));
        Assert.Null(await Rows.ReadAtAsync(theirs));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"ids":[]}""")]
    [InlineData("""{"all":false}""")]
    [InlineData("""{"ids":null,"all":null}""")]
    public async Task An_input_that_selects_nothing_is_a_typed_error(string input)
    {
        var me = await Api.NewUserAsync();
        var id = await Rows.AddAsync(me.Id, (await Api.NewUserAsync()).Id, fixture.Time.GetUtcNow());

        var error = (await MarkReadAsync(me, JsonSerializer.Deserialize<JsonElement>(input)))
            .PayloadError("markNotificationsRead", "NoNotificationsSelectedError");

        Assert.Equal("Give either ids (at least one) or all: true, not both.", error.GetProperty("message").GetString());
        Assert.Null(await Rows.ReadAtAsync(id));
    }

    [Fact]
    public async Task Ids_and_all_together_are_a_typed_error()
    {
        var me = await Api.NewUserAsync();
        var id = await Rows.AddAsync(me.Id, (await Api.NewUserAsync()).Id, fixture.Time.GetUtcNow());

        (await MarkReadAsync(me, new { ids = new[] { GlobalIdOf(id) }, all = true })).PayloadError("markNotificationsRead", "NoNotificationsSelectedError");

        Assert.Null(await Rows.ReadAtAsync(id));
    }

    [Fact]
    public async Task More_than_100_ids_by_default_is_a_typed_error_naming_the_limit()
    {
        var me = await Api.NewUserAsync();
        var ids = Enumerable.Range(0, 101).Select(_ => GlobalIdOf(Guid.CreateVersion7())).ToArray();

        var error = (await MarkReadAsync(me, new { ids })).PayloadError("markNotificationsRead", "TooManyNotificationIdsError");

        Assert.Equal(100, error.GetProperty("maxCount").GetInt32());
        Assert.StartsWith("At most 100 notification ids", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_id_limit_is_a_setting()
    {
        await using var server = await ApiServer.StartAsync(fixture.Database.ConnectionString, "--Notifications:MaxIdsPerMarkRead=2");
        using var api = new AccountsApi(server, fixture.Database);
        var me = await api.NewUserAsync();
        var ids = Enumerable.Range(0, 3).Select(_ => GlobalIdOf(Guid.CreateVersion7())).ToArray();

        var error = (await api.Client.PostAsync(MarkRead, new { input = new { ids } }, me.AccessToken))
            .PayloadError("markNotificationsRead", "TooManyNotificationIdsError");

        Assert.Equal(2, error.GetProperty("maxCount").GetInt32());
    }

    [Fact]
    public async Task A_limit_below_one_stops_the_server_from_starting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() =>
            ApiServer.StartAsync(fixture.Database.ConnectionString, "--Notifications:MaxIdsPerMarkRead=0"));

        Assert.Contains("Notifications:MaxIdsPerMarkRead must be at least 1.", error.Message);
    }

    private async Task<JsonElement> UnreadCountAsync(SignedInUser user) =>
        (await Api.Client.PostAsync(UnreadCount, accessToken: user.AccessToken)).Data("unreadNotificationCount");

    private Task<GraphQLResponse> MarkReadAsync(SignedInUser user, object input) =>
        Api.Client.PostAsync(MarkRead, new { input }, user.AccessToken);
}
