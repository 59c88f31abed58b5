namespace GraphApi.Schema.Posts;

/// <summary>Limits of the posts API, bound from the <c>Posts</c> configuration section.</summary>
public sealed class PostOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Posts";

    /// <summary>
    /// The longest text <c>searchPosts(text:)</c> takes, in characters after trimming (<c>Posts__MaxSearchTextLength</c>);
    /// 100 by default. A longer pattern only costs the trigram index more work for a search nobody types.
    /// </summary>
    public int MaxSearchTextLength { get; set; } = 100;
}
