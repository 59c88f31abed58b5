namespace GraphApi.Data.Posts;

/// <summary>A version of a post that an edit replaced: its text and images until <see cref="ReplacedAt"/>.</summary>
public sealed class PostEdit
{
    public Guid Id { get; set; }

    public Guid PostId { get; set; }

    public required string Text { get; set; }

    public List<string> ImageUrls { get; set; } = [];

    /// <summary>When the edit replaced this version.</summary>
    public DateTimeOffset ReplacedAt { get; set; }
}
