using GraphApi.Schema.Accounts;
using GraphQL.Types;

namespace GraphApi.Schema.Notifications;

/// <summary>The users and posts a notification is about, read for whoever reads it.</summary>
[ObjectType<Notification>]
public static class NotificationFields
{
    /// <summary>The user who did it; null when their account is deleted or suspended.</summary>
    public static Task<User?> GetActorAsync([Parent] Notification notification, UserByIdDataLoader users) =>
        users.LoadAsync(notification.ActorId);
}
