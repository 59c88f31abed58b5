namespace GraphApi.Schema.Notifications;

/// <summary>Limits of the notifications API, bound from the <c>Notifications</c> configuration section.</summary>
public sealed class NotificationOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Notifications";

    /// <summary>The most ids one <c>markNotificationsRead</c> may give (<c>Notifications__MaxIdsPerMarkRead</c>); 100 by default.</summary>
    public int MaxIdsPerMarkRead { get; set; } = 100;
}
