namespace GraphApi.Data.Posts;

/// <summary>Who may see a post (stored as <c>public</c>, <c>followers</c>, <c>private</c>).</summary>
public enum PostVisibility
{
    /// <summary>Everyone, signed out too.</summary>
    Public,

    /// <summary>The author and the people who follow them.</summary>
    Followers,

    /// <summary>The author only.</summary>
    Private,
}
