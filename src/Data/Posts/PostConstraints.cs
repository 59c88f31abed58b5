namespace GraphApi.Data.Posts;

/// <summary>Names of the posts constraints whose violations mean something to the API (SQL state 23505).</summary>
public static class PostConstraints
{
    /// <summary>The user already reposted this post (and has not undone it).</summary>
    public const string RepostUnique = "ux_posts_author_id_repost_of_id";

    /// <summary>The user already likes this post.</summary>
    public const string LikePrimaryKey = "pk_post_likes";
}
