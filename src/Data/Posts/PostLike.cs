namespace GraphApi.Data.Posts;

/// <summary>A user likes a post; at most one per user and post (the primary key).</summary>
public sealed class PostLike
{
    public Guid PostId { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
