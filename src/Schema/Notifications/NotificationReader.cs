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
    /// The notifications of <paramref name="recipientId"/>, newest first (the id breaks ties), after
    /// <paramref name="after"/> when given.
    /// </summary>
    public static IQueryable<Notification> NewestFirst(AppDbContext db, Guid recipientId, NotificationCursor? after = null)
    {
        var notifications = db.Notifications.Where(notification => notification.RecipientId == recipientId);
        if (after is { CreatedAt: var createdAt, Id: var id })
        {
            notifications = notifications.Where(notification =>
                notification.CreatedAt < createdAt || (notification.CreatedAt == createdAt && notification.Id.CompareTo(id) < 0));
        }
        return notifications
            .OrderByDescending(notification => notification.CreatedAt)
            .ThenByDescending(notification => notification.Id)
            .Select(ToNotification);
    }

    /// <summary>The unread notifications of <paramref name="recipientId"/> (the partial index of unread rows serves it).</summary>
    public static IQueryable<NotificationEntity> Unread(AppDbContext db, Guid recipientId) =>
        db.Notifications.Where(notification => notification.RecipientId == recipientId && notification.ReadAt == null);
}
