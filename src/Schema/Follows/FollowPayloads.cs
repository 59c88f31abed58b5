using GraphApi.Schema.Accounts;
using GraphApi.Schema.Follows.Errors;

namespace GraphApi.Schema.Follows;

/// <summary>The result of followUser.</summary>
public sealed class FollowUserPayload(User? user, FollowOutcome outcome, Guid userId)
{
    /// <summary>The user followed or asked; null when there was an error.</summary>
    public User? User { get; } = user;

    /// <summary>FOLLOWING, or REQUESTED for a private profile; null when there was an error.</summary>
    public FollowStatus? Status { get; } = outcome switch
    {
        FollowOutcome.Following => FollowStatus.Following,
        FollowOutcome.Requested => FollowStatus.Requested,
        _ => null,
    };

    /// <summary>Why nothing happened; null when it did (or had already).</summary>
    public IReadOnlyList<IFollowUserError>? Errors { get; } = FollowErrorMapping.ErrorsOf<IFollowUserError>(outcome, userId);
}

/// <summary>The result of unfollowUser.</summary>
public sealed class UnfollowUserPayload(User? user, FollowOutcome outcome, Guid userId)
{
    /// <summary>The user no longer followed; null when there was an error.</summary>
    public User? User { get; } = user;

    /// <summary>Why nothing happened; null when the viewer does not follow the user (any more).</summary>
    public IReadOnlyList<IUnfollowUserError>? Errors { get; } = FollowErrorMapping.ErrorsOf<IUnfollowUserError>(outcome, userId);
}

/// <summary>The result of cancelFollowRequest.</summary>
public sealed class CancelFollowRequestPayload(User? user, FollowOutcome outcome, Guid userId)
{
    /// <summary>The user the request was to; null when there was an error.</summary>
    public User? User { get; } = user;

    /// <summary>Why nothing happened; null when no request is pending (any more).</summary>
    public IReadOnlyList<ICancelFollowRequestError>? Errors { get; } = FollowErrorMapping.ErrorsOf<ICancelFollowRequestError>(outcome, userId);
}

/// <summary>The result of acceptFollowRequest.</summary>
public sealed class AcceptFollowRequestPayload(User? follower, FollowOutcome outcome, Guid userId)
{
    /// <summary>The user who now follows the viewer; null when there was an error.</summary>
    public User? Follower { get; } = follower;

    /// <summary>Why nothing happened; null when the user follows the viewer (now, or already).</summary>
    public IReadOnlyList<IAcceptFollowRequestError>? Errors { get; } = FollowErrorMapping.ErrorsOf<IAcceptFollowRequestError>(outcome, userId);
}

/// <summary>The result of declineFollowRequest.</summary>
public sealed class DeclineFollowRequestPayload(User? user, FollowOutcome outcome, Guid userId)
{
    /// <summary>The user whose request was declined; null when there was an error.</summary>
    public User? User { get; } = user;

    /// <summary>Why nothing happened; null when no request from the user is pending (any more).</summary>
    public IReadOnlyList<IDeclineFollowRequestError>? Errors { get; } = FollowErrorMapping.ErrorsOf<IDeclineFollowRequestError>(outcome, userId);
}
