using System.Linq.Expressions;
using GraphApi.Data;
using NotificationEntity = GraphApi.Data.Notifications.Notification;

namespace GraphApi.Schema.Notifications;

/// <summary>Reads a recipient's notifications as the API shows them.</summary>
internal static class NotificationReader
{
    /// <summary>The columns the API shows, selected in the query itself.</summary>
    public static readonly Expression<Func<NotificationEntity, Notification>> ToNotification = notification => new Notification
    {
        Id = notification.Id,
        Kind = notification.Kind,
        CreatedAt = notification.CreatedAt,
        ReadAt = notification.ReadAt,
        ActorId = notification.ActorId,
        PostId = notification.PostId,
    };

    /// <summary>
    /// The notifications of <paramref name="recipientId"/>, newest first, the id breaking ties: the order of the index
    /// <c>ix_notifications_recipient_id_created_at_id</c>, and the keys of the list's cursors.
    /// </summary>
    public static IQueryable<Notification> NewestFirst(AppDbContext db, Guid recipientId) =>
        db.Notifications
            .Where(notification => notification.RecipientId == recipientId)
            .Select(ToNotification)
            .OrderByDescending(notification => notification.CreatedAt)
            .ThenByDescending(notification => notification.Id);

    /// <summary>The unread notifications of <paramref name="recipientId"/> (the partial index of unread rows serves it).</summary>
    public static IQueryable<NotificationEntity> Unread(AppDbContext db, Guid recipientId) =>
        db.Notifications.Where(notification => notification.RecipientId == recipientId && notification.ReadAt == null);
}
