using GraphApi.Schema.Errors;
using GraphQL.Types;

namespace GraphApi.Schema.Notifications.Errors;

/// <summary>Why <c>markNotificationsRead</c> marked nothing.</summary>
[UnionType]
public interface IMarkNotificationsReadError;

/// <summary>The input names no notifications: give either <c>ids</c> (not empty) or <c>all: true</c>, not both.</summary>
public sealed class NoNotificationsSelectedError : IError, IMarkNotificationsReadError
{
    public string Message => "Give either ids (at least one) or all: true, not both.";
}

/// <summary>More ids than one call may mark.</summary>
public sealed class TooManyNotificationIdsError(int maxCount) : IError, IMarkNotificationsReadError
{
    public string Message { get; } = $"At most {maxCount} notification ids can be marked read at once; use all: true to mark every one.";

    /// <summary>The most ids one call may give.</summary>
    public int MaxCount { get; } = maxCount;
}

/// <summary>
/// Some ids are not notifications of the viewer (they do not exist, or belong to someone else: the two read the same).
/// Nothing was marked.
/// </summary>
public sealed class NotificationNotFoundError(IReadOnlyList<Guid> ids) : IError, IMarkNotificationsReadError
{
    public string Message { get; } = $"The viewer has no notification with the id(s) {string.Join(", ", ids)}; nothing was marked read.";

    /// <summary>The ids that are not the viewer's notifications.</summary>
    [ID<Notification>]
    public IReadOnlyList<Guid> Ids { get; } = ids;
}
