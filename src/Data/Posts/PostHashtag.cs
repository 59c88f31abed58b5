namespace GraphApi.Data.Posts;

/// <summary>A hashtag of a post, without the <c>#</c>, in lower case.</summary>
public sealed class PostHashtag
{
    public Guid PostId { get; set; }

    public required string Tag { get; set; }
}
