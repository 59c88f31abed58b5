using GraphQL.Types;

namespace GraphApi.Schema.Posts.Errors;

// The error union of each post mutation: an error type belongs to the unions whose interfaces it implements.

/// <summary>Why <c>createPost</c> created no post.</summary>
[UnionType]
public interface ICreatePostError;

/// <summary>Why <c>replyToPost</c> created no reply.</summary>
[UnionType]
public interface IReplyToPostError;

/// <summary>Why <c>editPost</c> changed nothing.</summary>
[UnionType]
public interface IEditPostError;

/// <summary>Why <c>deletePost</c> deleted nothing.</summary>
[UnionType]
public interface IDeletePostError;

/// <summary>Why <c>likePost</c> changed nothing.</summary>
[UnionType]
public interface ILikePostError;

/// <summary>Why <c>unlikePost</c> changed nothing.</summary>
[UnionType]
public interface IUnlikePostError;

/// <summary>Why <c>repostPost</c> reposted nothing.</summary>
[UnionType]
public interface IRepostPostError;

/// <summary>Why <c>undoRepost</c> changed nothing.</summary>
[UnionType]
public interface IUndoRepostError;
