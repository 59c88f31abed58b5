using System.Security.Claims;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Follows.Errors;
using GraphQL.Authorization;
using GraphQL.Types;

namespace GraphApi.Schema.Follows;

/// <summary>Following users, and answering follow requests to the viewer's private profile.</summary>
[MutationType]
public static class FollowMutations
{
    /// <summary>
    /// Follows a user: at once (FOLLOWING) for a public profile, or by a follow request (REQUESTED) that a private
    /// profile accepts or declines. Following again, or asking again, changes nothing and answers the same.
    /// </summary>
    [Authorize]
    public static async Task<FollowUserPayload> FollowUserAsync(
        FollowUserInput input,
        ClaimsPrincipal viewer,
        [Service] FollowService follows,
        UserByIdDataLoader users,
        CancellationToken cancellationToken)
    {
        var outcome = await follows.FollowAsync(Viewer.SessionOf(viewer).UserId, input.UserId, cancellationToken);
        return new FollowUserPayload(await UserAfterAsync(outcome, input.UserId, users), outcome, input.UserId);
    }

    /// <summary>Stops following a user, and withdraws a pending follow request to them. Unfollowing again changes nothing.</summary>
    [Authorize]
    public static async Task<UnfollowUserPayload> UnfollowUserAsync(
        UnfollowUserInput input,
        ClaimsPrincipal viewer,
        [Service] FollowService follows,
        UserByIdDataLoader users,
        CancellationToken cancellationToken)
    {
        var outcome = await follows.UnfollowAsync(Viewer.SessionOf(viewer).UserId, input.UserId, cancellationToken);
        return new UnfollowUserPayload(await UserAfterAsync(outcome, input.UserId, users), outcome, input.UserId);
    }

    /// <summary>Withdraws the viewer's pending request to follow a private profile. Cancelling again changes nothing.</summary>
    [Authorize]
    public static async Task<CancelFollowRequestPayload> CancelFollowRequestAsync(
        CancelFollowRequestInput input,
        ClaimsPrincipal viewer,
        [Service] FollowService follows,
        UserByIdDataLoader users,
        CancellationToken cancellationToken)
    {
        var outcome = await follows.CancelRequestAsync(Viewer.SessionOf(viewer).UserId, input.UserId, cancellationToken);
        return new CancelFollowRequestPayload(await UserAfterAsync(outcome, input.UserId, users), outcome, input.UserId);
    }

    /// <summary>Accepts a user's request to follow the viewer: they follow the viewer from now on. Accepting again changes nothing.</summary>
    [Authorize]
    public static async Task<AcceptFollowRequestPayload> AcceptFollowRequestAsync(
        AcceptFollowRequestInput input,
        ClaimsPrincipal viewer,
        [Service] FollowService follows,
        UserByIdDataLoader users,
        CancellationToken cancellationToken)
    {
        var outcome = await follows.AcceptRequestAsync(Viewer.SessionOf(viewer).UserId, input.UserId, cancellationToken);
        return new AcceptFollowRequestPayload(await UserAfterAsync(outcome, input.UserId, users), outcome, input.UserId);
    }

    /// <summary>Declines a user's request to follow the viewer; they may ask again. Declining again changes nothing.</summary>
    [Authorize]
    public static async Task<DeclineFollowRequestPayload> DeclineFollowRequestAsync(
        DeclineFollowRequestInput input,
        ClaimsPrincipal viewer,
        [Service] FollowService follows,
        UserByIdDataLoader users,
        CancellationToken cancellationToken)
    {
        var outcome = await follows.DeclineRequestAsync(Viewer.SessionOf(viewer).UserId, input.UserId, cancellationToken);
        return new DeclineFollowRequestPayload(await UserAfterAsync(outcome, input.UserId, users), outcome, input.UserId);
    }

    /// <summary>The other user as the payload shows them: read after the action, or null when it failed.</summary>
    private static Task<User?> UserAfterAsync(FollowOutcome outcome, Guid userId, UserByIdDataLoader users) =>
        FollowErrorMapping.IsError(outcome) ? Task.FromResult<User?>(null) : users.LoadAsync(userId);
}
