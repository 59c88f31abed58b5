using System.Security.Claims;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts;
using GraphApi.Schema.Posts.DataLoaders;
using GraphQL.Types;

namespace GraphApi.Schema.Notifications;

/// <summary>The users and posts a notification is about, read for whoever reads it.</summary>
[ObjectType<Notification>]
public static class NotificationFields
{
    /// <summary>The user who did it; null when their account is deleted or suspended.</summary>
    public static Task<User?> GetActorAsync([Parent] Notification notification, UserByIdDataLoader users) =>
        users.LoadAsync(notification.ActorId);

    /// <summary>
    /// The post it is about: the reply, the liked post, the post mentioning the viewer. Null for follows, and when the
    /// viewer may no longer see the post (deleted, its visibility changed).
    /// </summary>
    public static Task<Post?> GetPostAsync([Parent] Notification notification, ClaimsPrincipal viewer, PostByIdDataLoader posts) =>
        notification.PostId is { } id
            ? posts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), id))
            : Task.FromResult<Post?>(null);
}
