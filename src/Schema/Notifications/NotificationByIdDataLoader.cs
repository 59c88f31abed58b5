using GraphApi.Auth.Sessions;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Notifications;

/// <summary>The viewer's notifications by id, one query per batch; another user's notification loads as null.</summary>
public sealed class NotificationByIdDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : ViewerOwnedDataLoader<Notification>
{
    protected override async Task<IReadOnlyDictionary<Guid, Notification>> LoadAsync(
        CurrentSession viewer, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Notifications
            .Where(notification => notification.RecipientId == viewer.UserId && ids.Contains(notification.Id))
            .Select(NotificationReader.ToNotification)
            .ToDictionaryAsync(notification => notification.Id, cancellationToken);
    }
}
