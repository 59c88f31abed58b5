namespace GraphApi.Schema.Notifications;

/// <summary>A page of the viewer's notifications, newest first (Relay's connection shape).</summary>
public sealed class NotificationsConnection(IReadOnlyList<Notification> page, bool hasNextPage, bool hasPreviousPage)
{
    /// <summary>The notifications of the page, newest first.</summary>
    public IReadOnlyList<Notification> Nodes { get; } = page;

    /// <summary>The notifications of the page with their cursors.</summary>
    public IReadOnlyList<NotificationsEdge> Edges { get; } = [.. page.Select(node => new NotificationsEdge(node))];

    /// <summary>Where the page is in the list.</summary>
    public PageInfo PageInfo { get; } = new(
        hasNextPage,
        hasPreviousPage,
        page.Count > 0 ? NotificationCursor.Of(page[0]).ToString() : null,
        page.Count > 0 ? NotificationCursor.Of(page[^1]).ToString() : null);
}

/// <summary>A notification and its cursor.</summary>
public sealed class NotificationsEdge(Notification node)
{
    /// <summary>Pass it as <c>after</c> to read the notifications older than this one.</summary>
    public string Cursor { get; } = NotificationCursor.Of(node).ToString();

    /// <summary>The notification.</summary>
    public Notification Node { get; } = node;
}

/// <summary>Where a page is in its list.</summary>
/// <param name="HasNextPage">Whether more items follow the page.</param>
/// <param name="HasPreviousPage">Whether items come before the page.</param>
/// <param name="StartCursor">The cursor of the page's first item; null when the page is empty.</param>
/// <param name="EndCursor">The cursor of the page's last item; null when the page is empty.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
