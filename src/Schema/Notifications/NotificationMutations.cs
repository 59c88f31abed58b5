using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Notifications.Errors;
using GraphQL.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Notifications;

/// <summary>Marking the viewer's notifications read.</summary>
[MutationType]
public static class NotificationMutations
{
    /// <summary>
    /// Marks some of the viewer's notifications (by id) or all of them read. Notifications already read keep the time
    /// they were read. Ids that are not the viewer's notifications fail the whole call and mark nothing.
    /// </summary>
    [Authorize]
    public static async Task<MarkNotificationsReadPayload> MarkNotificationsReadAsync(
        MarkNotificationsReadInput input,
        ClaimsPrincipal viewer,
        IDbContextFactory<AppDbContext> dbContextFactory,
        [Service] IOptions<NotificationOptions> options,
        [Service] TimeProvider time,
        CancellationToken cancellationToken)
    {
        var ids = input.Ids ?? [];
        var all = input.All == true;
        if (all == ids.Count > 0)
        {
            return MarkNotificationsReadPayload.Failed(new NoNotificationsSelectedError());
        }
        var maxIds = options.Value.MaxIdsPerMarkRead;
        if (ids.Count > maxIds)
        {
            return MarkNotificationsReadPayload.Failed(new TooManyNotificationIdsError(maxIds));
        }

        var recipientId = Viewer.SessionOf(viewer).UserId;
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var unread = NotificationReader.Unread(db, recipientId);
        if (!all)
        {
            var wanted = ids.Distinct().ToList();
            var owned = await db.Notifications
                .Where(notification => notification.RecipientId == recipientId && wanted.Contains(notification.Id))
                .Select(notification => notification.Id)
                .ToListAsync(cancellationToken);
            if (owned.Count < wanted.Count)
            {
                return MarkNotificationsReadPayload.Failed(new NotificationNotFoundError([.. wanted.Except(owned)]));
            }
            unread = unread.Where(notification => wanted.Contains(notification.Id));
        }

        var now = time.GetUtcNow();
        // Never before the notification was created, even when this server's clock is behind the one that stored it.
        var marked = await unread.ExecuteUpdateAsync(
            set => set.SetProperty(n => n.ReadAt, n => n.CreatedAt > now ? n.CreatedAt : now), cancellationToken);
        var stillUnread = await NotificationReader.Unread(db, recipientId).CountAsync(cancellationToken);
        return new MarkNotificationsReadPayload { MarkedCount = marked, UnreadNotificationCount = stillUnread };
    }
}
