using GraphApi.Data.Notifications;
using GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Server.Tests.Notifications.Infrastructure;

/// <summary>Notifications written to and read from the test's database directly, to set up and check what the API does.</summary>
public sealed class NotificationRows(TestDatabase database)
{
    /// <summary>Stores a notification for <paramref name="recipientId"/> from <paramref name="actorId"/> (users' global ids); returns its id.</summary>
    public async Task<Guid> AddAsync(string recipientId, string actorId, DateTimeOffset createdAt, NotificationKind kind = NotificationKind.Follow)
    {
        var notification = new Notification
        {
            RecipientId = RawIdOf(recipientId),
            ActorId = RawIdOf(actorId),
            Kind = kind,
            CreatedAt = createdAt,
        };
        await using var db = database.CreateDbContext();
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    /// <summary>The raw id of a user whose global id (<c>User.id</c>) is <paramref name="userId"/>.</summary>
    public static Guid RawIdOf(string userId) => (Guid)GlobalId.Parse(userId, typeof(Guid)).InternalId;

    /// <summary>The global id the API shows for the notification <paramref name="id"/>.</summary>
    public static string GlobalIdOf(Guid id) => GlobalId.Format("Notification", id);

    /// <summary>When the notification was read; null while unread.</summary>
    public async Task<DateTimeOffset?> ReadAtAsync(Guid id)
    {
        await using var db = database.CreateDbContext();
        return await db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAt).SingleAsync();
    }

    /// <summary>Every notification of the user <paramref name="recipientId"/> (a global id), newest first.</summary>
    public async Task<List<Notification>> OfAsync(string recipientId)
    {
        var id = RawIdOf(recipientId);
        await using var db = database.CreateDbContext();
        return await db.Notifications.Where(n => n.RecipientId == id).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).ToListAsync();
    }
}
