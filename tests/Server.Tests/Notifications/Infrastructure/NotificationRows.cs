using GraphApi.Data.Notifications;
using GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Notifications.Infrastructure;

/// <summary>Notifications written to and read from the test's database directly, to set up and check what the API does.</summary>
public sealed class NotificationRows(TestDatabase database)
{
    /// <summary>Stores a notification for <paramref name="recipientId"/> from <paramref name="actorId"/>; returns its id.</summary>
    public async Task<Guid> AddAsync(string recipientId, string actorId, DateTimeOffset createdAt, NotificationKind kind = NotificationKind.Follow)
    {
        var notification = new Notification
        {
            RecipientId = Guid.Parse(recipientId),
            ActorId = Guid.Parse(actorId),
            Kind = kind,
            CreatedAt = createdAt,
        };
        await using var db = database.CreateDbContext();
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    /// <summary>The global id the API shows for the notification <paramref name="id"/>.</summary>
    public static string GlobalIdOf(Guid id) => GlobalId.Format("Notification", id);

    /// <summary>When the notification was read; null while unread.</summary>
    public async Task<DateTimeOffset?> ReadAtAsync(Guid id)
    {
        await using var db = database.CreateDbContext();
        return await db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync();
    }

    /// <summary>Every notification of <paramref name="recipientId"/>, newest first.</summary>
    public async Task<List<Notification>> OfAsync(string recipientId)
    {
        var id = Guid.Parse(recipientId);
        await using var db = database.CreateDbContext();
        return await db.Notifications.Where(n => n.RecipientId == id).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).ToListAsync();
    }
}
