namespace GraphApi.Data.Notifications;

/// <summary>What a notification is about.</summary>
/// <remarks>Stored as the member's snake_case text (<c>follow_request</c>); the API shows it as its GraphQL enum.</remarks>
public enum NotificationKind
{
    /// <summary>The actor started following the recipient.</summary>
    Follow,

    /// <summary>The actor asked to follow the recipient's private profile.</summary>
    FollowRequest,

    /// <summary>The actor accepted the recipient's follow request.</summary>
    FollowRequestAccepted,

    /// <summary>The actor replied to the recipient's post; the post is the reply.</summary>
    Reply,

    /// <summary>The actor liked the recipient's post; the post is the liked one.</summary>
    Like,

    /// <summary>The actor mentioned the recipient in a post; the post is the one mentioning them.</summary>
    Mention,
}
