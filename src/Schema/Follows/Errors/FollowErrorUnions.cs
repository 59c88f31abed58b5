using GraphQL.Types;

namespace GraphApi.Schema.Follows.Errors;

// The error union of each follow mutation: an error type belongs to the unions whose interfaces it implements.

/// <summary>Why <c>followUser</c> did not follow.</summary>
[UnionType]
public interface IFollowUserError;

/// <summary>Why <c>unfollowUser</c> did not unfollow.</summary>
[UnionType]
public interface IUnfollowUserError;

/// <summary>Why <c>cancelFollowRequest</c> did nothing.</summary>
[UnionType]
public interface ICancelFollowRequestError;

/// <summary>Why <c>acceptFollowRequest</c> did not accept.</summary>
[UnionType]
public interface IAcceptFollowRequestError;

/// <summary>Why <c>declineFollowRequest</c> did not decline.</summary>
[UnionType]
public interface IDeclineFollowRequestError;
