using GraphApi.Data.Posts;
using GraphQL.Types;

namespace GraphApi.Schema.Posts;

/// <summary>A new post that starts a thread.</summary>
/// <param name="Text">At most 500 characters (surrounding spaces are dropped); <c>@handle</c> mentions people, <c>#tag</c> adds a hashtag.</param>
/// <param name="ImageUrls">Up to four absolute http(s) image URLs.</param>
/// <param name="Visibility">Who may see it.</param>
public sealed record CreatePostInput(string Text, List<string>? ImageUrls = null, PostVisibility Visibility = PostVisibility.Public);

/// <summary>A reply to a post.</summary>
/// <param name="PostId">The post to answer (a repost stands for the post it reposts).</param>
/// <param name="Text">At most 500 characters; mentions and hashtags as in createPost.</param>
/// <param name="ImageUrls">Up to four absolute http(s) image URLs.</param>
/// <param name="Visibility">Who may see the reply; the visibility of the post answered when left out.</param>
public sealed record ReplyToPostInput([ID<Post>] Guid PostId, string Text, List<string>? ImageUrls = null, PostVisibility? Visibility = null);

/// <summary>New content for one of the viewer's posts.</summary>
/// <param name="PostId">The post to change.</param>
/// <param name="Text">The new text.</param>
/// <param name="ImageUrls">The new images; the current ones stay when left out.</param>
public sealed record EditPostInput([ID<Post>] Guid PostId, string Text, List<string>? ImageUrls = null);

/// <summary>The post to delete.</summary>
/// <param name="PostId">One of the viewer's posts.</param>
public sealed record DeletePostInput([ID<Post>] Guid PostId);

/// <summary>The post to like.</summary>
/// <param name="PostId">A post the viewer may see (a repost stands for the post it reposts).</param>
public sealed record LikePostInput([ID<Post>] Guid PostId);

/// <summary>The post to unlike.</summary>
/// <param name="PostId">A post the viewer may see (a repost stands for the post it reposts).</param>
public sealed record UnlikePostInput([ID<Post>] Guid PostId);

/// <summary>The post to repost.</summary>
/// <param name="PostId">A post the viewer may see (a repost stands for the post it reposts).</param>
public sealed record RepostPostInput([ID<Post>] Guid PostId);

/// <summary>The post whose repost to undo.</summary>
/// <param name="PostId">The reposted post, or the repost itself.</param>
public sealed record UndoRepostInput([ID<Post>] Guid PostId);
