namespace GraphApi.Schema.Posts;

/// <summary>An earlier version of a post, replaced by an edit.</summary>
public sealed class PostEdit
{
    /// <summary>The text of this version.</summary>
    public required string Text { get; init; }

    /// <summary>The images of this version.</summary>
    public required IReadOnlyList<string> ImageUrls { get; init; }

    /// <summary>When an edit replaced this version.</summary>
    public required DateTimeOffset ReplacedAt { get; init; }
}
