namespace GraphApi.Data.Posts;

/// <summary>A user a post mentions by <c>@handle</c>.</summary>
public sealed class PostMention
{
    public Guid PostId { get; set; }

    public Guid UserId { get; set; }
}
