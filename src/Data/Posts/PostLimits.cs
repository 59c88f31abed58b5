namespace GraphApi.Data.Posts;

/// <summary>
/// The limits that the posts tables enforce with check constraints (migration <c>0003_posts.sql</c>); the API checks
/// input against the same values first and answers with a typed error.
/// </summary>
public static class PostLimits
{
    /// <summary>The most characters (code points, as PostgreSQL counts) a post's text may have.</summary>
    public const int TextMaxLength = 500;

    public const int MaxImages = 4;

    public const int ImageUrlMaxLength = 2048;

    /// <summary>The longest hashtag, without the <c>#</c>.</summary>
    public const int HashtagMaxLength = 50;
}
