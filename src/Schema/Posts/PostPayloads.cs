using GraphApi.Schema.Posts.Errors;
using GraphQL.Types;

namespace GraphApi.Schema.Posts;

/// <summary>The result of createPost.</summary>
public sealed class CreatePostPayload(Post? post, IReadOnlyList<ICreatePostError>? errors)
{
    /// <summary>The new post; null when none was created.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why no post was created; null when one was.</summary>
    public IReadOnlyList<ICreatePostError>? Errors { get; } = errors;
}

/// <summary>The result of replyToPost.</summary>
public sealed class ReplyToPostPayload(Post? post, IReadOnlyList<IReplyToPostError>? errors)
{
    /// <summary>The new reply; null when none was created.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why no reply was created; null when one was.</summary>
    public IReadOnlyList<IReplyToPostError>? Errors { get; } = errors;
}

/// <summary>The result of editPost.</summary>
public sealed class EditPostPayload(Post? post, IReadOnlyList<IEditPostError>? errors)
{
    /// <summary>The post as it is now; null when nothing changed.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why nothing changed; null when the post was edited.</summary>
    public IReadOnlyList<IEditPostError>? Errors { get; } = errors;
}

/// <summary>The result of deletePost.</summary>
public sealed class DeletePostPayload(Guid? postId, IReadOnlyList<IDeletePostError>? errors)
{
    /// <summary>The id of the deleted post; null when nothing was deleted.</summary>
    [ID<Post>]
    public Guid? PostId { get; } = postId;

    /// <summary>Why nothing was deleted; null when the post was.</summary>
    public IReadOnlyList<IDeletePostError>? Errors { get; } = errors;
}

/// <summary>The result of likePost.</summary>
public sealed class LikePostPayload(Post? post, IReadOnlyList<ILikePostError>? errors)
{
    /// <summary>The post liked (the original when a repost was given), with its new like count.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why nothing changed; null on success.</summary>
    public IReadOnlyList<ILikePostError>? Errors { get; } = errors;
}

/// <summary>The result of unlikePost.</summary>
public sealed class UnlikePostPayload(Post? post, IReadOnlyList<IUnlikePostError>? errors)
{
    /// <summary>The post no longer liked (the original when a repost was given), with its new like count.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why nothing changed; null on success.</summary>
    public IReadOnlyList<IUnlikePostError>? Errors { get; } = errors;
}

/// <summary>The result of repostPost.</summary>
public sealed class RepostPostPayload(Post? post, IReadOnlyList<IRepostPostError>? errors)
{
    /// <summary>The viewer's repost (repostOf is the reposted post); null when nothing was reposted.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why nothing was reposted; null on success.</summary>
    public IReadOnlyList<IRepostPostError>? Errors { get; } = errors;
}

/// <summary>The result of undoRepost.</summary>
public sealed class UndoRepostPayload(Post? post, IReadOnlyList<IUndoRepostError>? errors)
{
    /// <summary>The post that is no longer reposted by the viewer.</summary>
    public Post? Post { get; } = post;

    /// <summary>Why nothing changed; null on success.</summary>
    public IReadOnlyList<IUndoRepostError>? Errors { get; } = errors;
}
