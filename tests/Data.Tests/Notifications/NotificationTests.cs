using GraphApi.Data.Accounts;
using GraphApi.Data.Notifications;
using GraphApi.Testing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Data.Tests.Accounts.TestAccounts;

namespace GraphApi.Data.Tests.Notifications;

public sealed class NotificationTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task A_notification_is_saved_with_its_kind_as_snake_case_text_and_read_back()
    {
        var (recipient, actor) = (await SaveUserAsync(), await SaveUserAsync());
        var notification = NewNotification(recipient, actor, NotificationKind.FollowRequestAccepted);
        await SaveAsync(notification);

        await using var context = database.CreateDbContext();
        var read = await context.Notifications.SingleAsync(n => n.Id == notification.Id);
        Assert.Equivalent(notification, read);
        Assert.Equal(7, read.Id.Version);
        var kind = await context.Database
            .SqlQuery<string>($"SELECT kind AS \"Value\" FROM notifications WHERE id = {notification.Id}")
            .SingleAsync();
        Assert.Equal("follow_request_accepted", kind);
    }

    [Fact]
    public async Task Nobody_is_notified_about_themselves()
    {
        var user = await SaveUserAsync();
        await AssertViolatesAsync("ck_notifications_not_self", () => SaveAsync(NewNotification(user, user, NotificationKind.Follow)));
    }

    [Theory]
    [InlineData(NotificationKind.Like, false)]
    [InlineData(NotificationKind.Reply, false)]
    [InlineData(NotificationKind.Mention, false)]
    [InlineData(NotificationKind.Follow, true)]
    [InlineData(NotificationKind.FollowRequest, true)]
    public async Task Post_kinds_need_a_post_and_follow_kinds_have_none(NotificationKind kind, bool withPost)
    {
        var (recipient, actor) = (await SaveUserAsync(), await SaveUserAsync());
        var notification = NewNotification(recipient, actor, kind);
        notification.PostId = withPost ? Guid.CreateVersion7() : null;
        await AssertViolatesAsync("ck_notifications_post_id", () => SaveAsync(notification));
    }

    [Fact]
    public async Task A_notification_cannot_be_read_before_it_was_created()
    {
        var (recipient, actor) = (await SaveUserAsync(), await SaveUserAsync());
        var notification = NewNotification(recipient, actor, NotificationKind.Follow);
        notification.ReadAt = Now.AddSeconds(-1);
        await AssertViolatesAsync("ck_notifications_read_at", () => SaveAsync(notification));
    }

    [Fact]
    public async Task Notifications_go_with_their_recipient_or_actor_when_a_user_is_purged()
    {
        var (recipient, actor, other) = (await SaveUserAsync(), await SaveUserAsync(), await SaveUserAsync());
        await SaveAsync(NewNotification(recipient, actor, NotificationKind.Follow));
        await SaveAsync(NewNotification(other, recipient, NotificationKind.Follow));

        await using var context = database.CreateDbContext();
        await context.Users.Where(u => u.Id == recipient.Id).ExecuteDeleteAsync();
        Assert.False(await context.Notifications.AnyAsync(n => n.RecipientId == recipient.Id || n.ActorId == recipient.Id));
    }

    private static Notification NewNotification(User recipient, User actor, NotificationKind kind) => new()
    {
        RecipientId = recipient.Id,
        ActorId = actor.Id,
        Kind = kind,
        CreatedAt = Now,
    };

    private async Task<User> SaveUserAsync()
    {
        var user = NewUser();
        await using var context = database.CreateDbContext();
        context.Users.Add(user);
        await context.SaveChangesAsync();
        return user;
    }

    private async Task SaveAsync(Notification notification)
    {
        await using var context = database.CreateDbContext();
        context.Notifications.Add(notification);
        await context.SaveChangesAsync();
    }
}
