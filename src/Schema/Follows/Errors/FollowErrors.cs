using GraphApi.Schema.Accounts;
using GraphApi.Schema.Errors;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Follows.Errors;

/// <summary>
/// There is no user with this id, or the account is deleted or suspended (the same error, so that nobody learns which).
/// </summary>
public sealed class UserNotFoundError(Guid userId)
    : IError, IFollowUserError, IUnfollowUserError, ICancelFollowRequestError, IDeclineFollowRequestError
{
    public string Message { get; } = $"There is no user with the id '{GlobalId.Format(nameof(User), userId)}'.";

    /// <summary>The user id as it was given.</summary>
    [ID<User>]
    public Guid UserId { get; } = userId;
}

/// <summary>The viewer named themselves: nobody follows themselves.</summary>
public sealed class CannotFollowYourselfError : IError, IFollowUserError, IUnfollowUserError
{
    public string Message => "You cannot follow or unfollow yourself.";
}

/// <summary>The user has not asked to follow the viewer (or their account is gone), so there is nothing to accept.</summary>
public sealed class FollowRequestNotFoundError(Guid userId) : IError, IAcceptFollowRequestError
{
    public string Message { get; } = $"The user '{GlobalId.Format(nameof(User), userId)}' has no pending request to follow you.";

    /// <summary>The user id as it was given.</summary>
    [ID<User>]
    public Guid UserId { get; } = userId;
}

/// <summary>Turns a <see cref="FollowOutcome"/> into the errors of a mutation's payload.</summary>
internal static class FollowErrorMapping
{
    /// <summary>
    /// Null when <paramref name="outcome"/> is a success; else the one error, as a member of <typeparamref name="TError"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The error type is not a member of the mutation's union (a programming mistake).</exception>
    public static IReadOnlyList<TError>? ErrorsOf<TError>(FollowOutcome outcome, Guid userId)
        where TError : class =>
        ErrorOf(outcome, userId) switch
        {
            null => null,
            TError member => [member],
            var error => throw new InvalidOperationException($"{error.GetType().Name} is not a member of {typeof(TError).Name}."),
        };

    /// <summary>Whether <paramref name="outcome"/> is one of the errors.</summary>
    public static bool IsError(FollowOutcome outcome) => ErrorOf(outcome, Guid.Empty) is not null;

    private static IError? ErrorOf(FollowOutcome outcome, Guid userId) => outcome switch
    {
        FollowOutcome.UserNotFound => new UserNotFoundError(userId),
        FollowOutcome.CannotFollowYourself => new CannotFollowYourselfError(),
        FollowOutcome.FollowRequestNotFound => new FollowRequestNotFoundError(userId),
        _ => null,
    };
}
