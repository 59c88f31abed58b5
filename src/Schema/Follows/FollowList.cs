namespace GraphApi.Schema.Follows;

/// <summary>The lists of users a user's follows make.</summary>
public enum FollowList
{
    /// <summary>Who follows the owner.</summary>
    Followers,

    /// <summary>Whom the owner follows.</summary>
    Following,

    /// <summary>Who follows the owner and is followed by the viewer ("followed by people you follow").</summary>
    MutualFollowers,

    /// <summary>Whom both the owner and the viewer follow.</summary>
    MutualFollowing,
}

/// <summary>
/// One user on a follow list: the list's owner, when the follow that puts the user on it began (the list is newest
/// first), and the user. Keyset paging orders by <see cref="FollowedAt"/> and then <see cref="Id"/>.
/// </summary>
public sealed class FollowListRow
{
    /// <summary>The user whose list this is.</summary>
    public Guid OwnerId { get; init; }

    /// <summary>When the follow that puts the user on the list began.</summary>
    public DateTimeOffset FollowedAt { get; init; }

    /// <summary>The listed user's id.</summary>
    public Guid Id { get; init; }
}
