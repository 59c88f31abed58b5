namespace GraphApi.Schema.Follows;

/// <summary>What <see cref="FollowService"/> did, or why it did nothing.</summary>
public enum FollowOutcome
{
    /// <summary>The viewer follows the user (now, or already did).</summary>
    Following,

    /// <summary>The user's profile is private: a follow request is pending (now, or already was).</summary>
    Requested,

    /// <summary>The viewer neither follows the user nor has a pending request to them (now, or already had not).</summary>
    NotFollowing,

    /// <summary>The request was declined (now, or there was none to decline).</summary>
    Declined,

    /// <summary>There is no active user with that id.</summary>
    UserNotFound,

    /// <summary>The viewer named themselves.</summary>
    CannotFollowYourself,

    /// <summary>The user has no pending request to follow the viewer, and does not follow them either.</summary>
    FollowRequestNotFound,
}
