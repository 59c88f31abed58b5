using GraphApi.Data.Accounts;
using GraphApi.Data.Posts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Data.Notifications;

/// <summary>The EF Core mapping of notifications; names come from the snake_case convention.</summary>
internal static class NotificationsModel
{
    /// <summary>The partial index of unread notifications per recipient, which unread counts read.</summary>
    public const string UnreadIndexName = "ix_notifications_recipient_id_unread";

    public static void Configure(ModelBuilder model) => model.Entity<Notification>(notification =>
    {
        // The recipient's list, newest first, with the id as the tie-breaker of keyset paging.
        notification.HasIndex(n => new { n.RecipientId, n.CreatedAt, n.Id }).IsDescending(false, true, true);
        notification.HasIndex(n => n.RecipientId).HasFilter("read_at IS NULL").HasDatabaseName(UnreadIndexName);
        notification.HasIndex(n => n.ActorId);
        notification.HasOne<User>().WithMany().HasForeignKey(n => n.RecipientId).OnDelete(DeleteBehavior.Cascade);
        notification.HasOne<User>().WithMany().HasForeignKey(n => n.ActorId).OnDelete(DeleteBehavior.Cascade);
        // Cascade, not set null: a reply, like or mention always names its post (ck_notifications_post_id). Posts are
        // deleted softly, so this removes notifications only when a post row goes with its author's account.
        notification.HasOne<Post>().WithMany().HasForeignKey(n => n.PostId).OnDelete(DeleteBehavior.Cascade);
    });
}
