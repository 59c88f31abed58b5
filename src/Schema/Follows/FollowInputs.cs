using GraphApi.Schema.Accounts;
using GraphQL.Types;

namespace GraphApi.Schema.Follows;

/// <summary>The user to follow.</summary>
/// <param name="UserId">The id of the user to follow.</param>
public sealed record FollowUserInput([ID<User>] Guid UserId);

/// <summary>The user to stop following.</summary>
/// <param name="UserId">The id of the user to unfollow (a pending request to them is withdrawn too).</param>
public sealed record UnfollowUserInput([ID<User>] Guid UserId);

/// <summary>The user whose follow request to withdraw.</summary>
/// <param name="UserId">The id of the private profile the viewer asked to follow.</param>
public sealed record CancelFollowRequestInput([ID<User>] Guid UserId);

/// <summary>The user whose follow request to accept.</summary>
/// <param name="UserId">The id of the user who asked to follow the viewer.</param>
public sealed record AcceptFollowRequestInput([ID<User>] Guid UserId);

/// <summary>The user whose follow request to decline.</summary>
/// <param name="UserId">The id of the user who asked to follow the viewer.</param>
public sealed record DeclineFollowRequestInput([ID<User>] Guid UserId);
