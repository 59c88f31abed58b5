using GraphApi.Schema.Errors;

namespace GraphApi.Schema.Posts;

/// <summary>What a <see cref="PostService"/> action did: the post it created or acted on, or why it did nothing.</summary>
public readonly record struct PostActionResult(Guid? PostId, IError? Error)
{
    public static PostActionResult Done(Guid postId) => new(postId, null);

    public static PostActionResult Failed(IError error) => new(null, error);
}
