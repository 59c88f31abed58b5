namespace GraphApi.Data.Follows;

/// <summary>
/// A pending request of <see cref="RequesterId"/> to follow the private profile <see cref="TargetId"/>: at most one per
/// pair, never to oneself. Accepting it replaces it with a <see cref="Follow"/>; declining or cancelling deletes it.
/// </summary>
public sealed class FollowRequest
{
    /// <summary>UUID v7, assigned when the request is added to a context.</summary>
    public Guid Id { get; set; }

    public required Guid RequesterId { get; set; }

    public required Guid TargetId { get; set; }

    public required DateTimeOffset CreatedAt { get; set; }
}
