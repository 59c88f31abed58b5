namespace GraphApi.Data.Posts;

/// <summary>
/// A post: a short text with up to four images, a reply in a thread, or a repost of another post. Deleting it sets
/// <see cref="DeletedAt"/>; a deleted post is gone for everyone (<see cref="PostVisibilityRules"/>).
/// </summary>
public sealed class Post
{
    /// <summary>UUID v7. Set it before adding a thread's first post: <see cref="ThreadRootId"/> is its own id.</summary>
    public Guid Id { get; set; }

    public Guid AuthorId { get; set; }

    /// <summary>Up to <see cref="PostLimits.TextMaxLength"/> characters; empty for a repost.</summary>
    public required string Text { get; set; }

    /// <summary>Up to <see cref="PostLimits.MaxImages"/> absolute http(s) URLs, in the order shown.</summary>
    public List<string> ImageUrls { get; set; } = [];

    public PostVisibility Visibility { get; set; }

    /// <summary>The post this one answers; null for the first post of a thread.</summary>
    public Guid? ReplyToId { get; set; }

    /// <summary>The first post of the thread: this post's own id when it answers nothing.</summary>
    public Guid ThreadRootId { get; set; }

    /// <summary>The post this one reposts; null for an original post.</summary>
    public Guid? RepostOfId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the text or images last changed; the earlier versions are in <see cref="PostEdit"/>.</summary>
    public DateTimeOffset? EditedAt { get; set; }

    /// <summary>Set when the author deleted it.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public Accounts.User? Author { get; set; }

    public Post? RepostOf { get; set; }
}
