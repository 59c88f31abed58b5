using System.Security.Claims;
using GraphApi.Data.Notifications;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Notifications;

/// <summary>Something another user did that concerns the viewer: a follow, a follow request, a reply, a like, a mention.</summary>
/// <remarks>
/// Also the message published to the recipient's topic (as JSON through Redis), so it carries ids, not loaded users or
/// posts: those are read for whoever receives it, when they receive it.
/// </remarks>
[Node]
public sealed class Notification
{
    /// <summary>The notification's global id, which node(id:) and markNotificationsRead take.</summary>
    [ID]
    public required Guid Id { get; init; }

    /// <summary>What happened.</summary>
    public required NotificationKind Kind { get; init; }

    /// <summary>When it happened.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the viewer marked it read; null while unread.</summary>
    public DateTimeOffset? ReadAt { get; init; }

    /// <summary>The user who did it.</summary>
    [GraphQLIgnore]
    public required Guid ActorId { get; init; }

    /// <summary>The post it is about (replies, likes, mentions).</summary>
    [GraphQLIgnore]
    public Guid? PostId { get; init; }

    /// <summary>node(id:) for notifications: the viewer's own; anyone else's, or signed out, is null.</summary>
    [NodeResolver]
    public static Task<Notification?> GetAsync(Guid id, ClaimsPrincipal viewer, NotificationByIdDataLoader notifications) =>
        notifications.LoadForAsync(viewer, id);
}
