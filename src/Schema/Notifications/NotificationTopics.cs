namespace GraphApi.Schema.Notifications;

/// <summary>The topics notifications are published on; readable, so that other systems can publish or listen too.</summary>
public static class NotificationTopics
{
    /// <summary>The topic of <paramref name="userId"/>'s new notifications: <c>User:{userId}:NotificationReceived</c>.</summary>
    public static string Received(Guid userId) => $"User:{userId}:NotificationReceived";
}
