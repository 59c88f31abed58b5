using GraphApi.Schema.Notifications.Errors;
using GraphQL.Types;

namespace GraphApi.Schema.Notifications;

/// <summary>Which notifications to mark read: some by id, or all of them.</summary>
/// <param name="Ids">The viewer's notifications to mark read (at most <c>Notifications:MaxIdsPerMarkRead</c>, 100 by default).</param>
/// <param name="All">True to mark every notification of the viewer read.</param>
public sealed record MarkNotificationsReadInput([ID<Notification>] IReadOnlyList<Guid>? Ids = null, bool? All = null);

/// <summary>The result of markNotificationsRead.</summary>
public sealed class MarkNotificationsReadPayload
{
    /// <summary>How many notifications were unread and are now read; null when nothing was marked for an error.</summary>
    public int? MarkedCount { get; init; }

    /// <summary>How many of the viewer's notifications are still unread; null when nothing was marked for an error.</summary>
    public int? UnreadNotificationCount { get; init; }

    /// <summary>Why nothing was marked; null when the notifications were marked.</summary>
    public IReadOnlyList<IMarkNotificationsReadError>? Errors { get; init; }

    internal static MarkNotificationsReadPayload Failed(IMarkNotificationsReadError error) => new() { Errors = [error] };
}
