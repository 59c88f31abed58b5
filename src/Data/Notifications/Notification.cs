namespace GraphApi.Data.Notifications;

/// <summary>
/// Something another user did that concerns the recipient (a follow, a reply, a like…). Stored before it is pushed to
/// the recipient's live subscription, so a client that was offline catches up by reading them.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    /// <summary>The user the notification is for.</summary>
    public required Guid RecipientId { get; set; }

    /// <summary>The user who did it; never the recipient.</summary>
    public required Guid ActorId { get; set; }

    public required NotificationKind Kind { get; set; }

    /// <summary>The post it is about, for <see cref="NotificationKind.Reply"/>, <see cref="NotificationKind.Like"/> and <see cref="NotificationKind.Mention"/>; null for the others.</summary>
    public Guid? PostId { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the recipient marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
