namespace GraphApi.Data.Follows;

/// <summary>
/// <see cref="FollowerId"/> follows <see cref="FolloweeId"/>: one row per pair (the primary key), never a user following
/// themselves (the database checks it). A follow of a private profile exists only once the target accepted the
/// <see cref="FollowRequest"/>.
/// </summary>
public sealed class Follow
{
    public required Guid FollowerId { get; set; }

    public required Guid FolloweeId { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }
}
