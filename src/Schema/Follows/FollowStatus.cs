namespace GraphApi.Schema.Follows;

/// <summary>Where following a user stands after <c>followUser</c>.</summary>
public enum FollowStatus
{
    /// <summary>The viewer follows the user.</summary>
    Following,

    /// <summary>The user's profile is private: the viewer's follow request waits for the user's answer.</summary>
    Requested,
}
