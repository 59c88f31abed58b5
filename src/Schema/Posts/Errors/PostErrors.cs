using GraphApi.Data.Posts;
using GraphApi.Schema.Errors;
using GraphQL.Types;

namespace GraphApi.Schema.Posts.Errors;

/// <summary>The text is longer than a post may be.</summary>
public sealed class PostTextTooLongError : IError, ICreatePostError, IReplyToPostError, IEditPostError
{
    public string Message => $"A post may have at most {MaxLength} characters.";

    /// <summary>The most characters a post's text may have.</summary>
    public int MaxLength => PostLimits.TextMaxLength;
}

/// <summary>The post has neither text nor images.</summary>
public sealed class EmptyPostError : IError, ICreatePostError, IReplyToPostError, IEditPostError
{
    public string Message => "A post needs text or at least one image.";
}

/// <summary>More images than a post may have.</summary>
public sealed class TooManyImagesError : IError, ICreatePostError, IReplyToPostError, IEditPostError
{
    public string Message => $"A post may have at most {MaxImages} images.";

    /// <summary>The most images a post may have.</summary>
    public int MaxImages => PostLimits.MaxImages;
}

/// <summary>An image URL is not an absolute http or https URL, or is too long.</summary>
public sealed class InvalidImageUrlError(string imageUrl) : IError, ICreatePostError, IReplyToPostError, IEditPostError
{
    public string Message => $"\"{ImageUrl}\" is not an absolute http or https URL of at most {MaxLength} characters.";

    /// <summary>The URL as it was given.</summary>
    public string ImageUrl { get; } = imageUrl;

    /// <summary>The most characters an image URL may have.</summary>
    public int MaxLength => PostLimits.ImageUrlMaxLength;
}

/// <summary>
/// There is no post with this id that the viewer may see: it never existed, was deleted, or is hidden from the viewer
/// (deliberately the same error, so that a hidden post is not revealed).
/// </summary>
public sealed class PostNotFoundError(Guid postId)
    : IError, IReplyToPostError, IEditPostError, IDeletePostError, ILikePostError, IUnlikePostError, IRepostPostError, IUndoRepostError
{
    public string Message => "There is no such post.";

    /// <summary>The post id as it was given.</summary>
    [ID<Post>]
    public Guid PostId { get; } = postId;
}

/// <summary>Only the author may change or delete a post.</summary>
public sealed class NotPostAuthorError(Guid postId) : IError, IEditPostError, IDeletePostError
{
    public string Message => "Only the author may change or delete this post.";

    /// <summary>The post id as it was given.</summary>
    [ID<Post>]
    public Guid PostId { get; } = postId;
}

/// <summary>A repost has no text of its own to edit: undo it instead.</summary>
public sealed class RepostNotEditableError(Guid postId) : IError, IEditPostError
{
    public string Message => "A repost has no text to edit; undo the repost instead.";

    /// <summary>The post id as it was given.</summary>
    [ID<Post>]
    public Guid PostId { get; } = postId;
}
