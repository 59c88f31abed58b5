using GraphApi.Data;
using GraphApi.Data.Notifications;
using GraphQL.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NotificationEntity = GraphApi.Data.Notifications.Notification;

namespace GraphApi.Schema.Notifications;

/// <summary>
/// Notifies users of what others did: stores the notification first, then publishes it to the recipient's topic
/// (<see cref="NotificationTopics.Received"/>). Publishing is best effort: a failure (Redis down) is logged and never
/// fails the caller's action, since the notification is stored and the client catches up with the
/// <c>notifications</c> query. Nobody is notified about what they did themselves.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<AppDbContext> dbContextFactory,
    ITopicEventSender sender,
    TimeProvider time,
    ILogger<NotificationService> logger)
{
    private static readonly Func<NotificationEntity, Notification> Show = NotificationReader.ToNotification.Compile();

    /// <summary>Notifies <paramref name="recipientId"/> that <paramref name="actorId"/> did <paramref name="kind"/> (about <paramref name="postId"/>).</summary>
    public Task NotifyAsync(
        Guid recipientId, Guid actorId, NotificationKind kind, Guid? postId = null, CancellationToken cancellationToken = default) =>
        NotifyAsync([recipientId], actorId, kind, postId, cancellationToken);

    /// <summary>
    /// Notifies each of <paramref name="recipientIds"/> (the users a post mentions, say) once; the actor and repeated ids
    /// are skipped. All are stored in one statement before any is published.
    /// </summary>
    public async Task NotifyAsync(
        IEnumerable<Guid> recipientIds, Guid actorId, NotificationKind kind, Guid? postId = null, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var notifications = recipientIds.Distinct().Where(recipientId => recipientId != actorId)
            .Select(recipientId => new NotificationEntity
            {
                Id = Guid.CreateVersion7(now),
                RecipientId = recipientId,
                ActorId = actorId,
                Kind = kind,
                PostId = postId,
                CreatedAt = now,
            })
            .ToList();
        if (notifications.Count == 0)
        {
            return;
        }

        await using (var db = await dbContextFactory.CreateDbContextAsync(cancellationToken))
        {
            db.Notifications.AddRange(notifications);
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var notification in notifications)
        {
            await PublishAsync(notification.RecipientId, Show(notification));
        }
    }

    private async Task PublishAsync(Guid recipientId, Notification notification)
    {
        try
        {
            // Not the caller's token: the action is done and stored, so its notification goes out even if the caller
            // stops waiting; the provider's own timeout bounds the wait.
            await sender.SendAsync(NotificationTopics.Received(recipientId), notification, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception,
                "Notification {NotificationId} for user {RecipientId} is stored but could not be published; the client gets it with the notifications query.",
                notification.Id, recipientId);
        }
    }
}
