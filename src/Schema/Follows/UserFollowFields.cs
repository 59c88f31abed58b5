using System.Security.Claims;
using GraphApi.Auth.Sessions;
using GraphApi.Schema.Accounts;
using GraphQL.Types;

namespace GraphApi.Schema.Follows;

/// <summary>A user's follow counts and how the viewer is connected to them.</summary>
[ObjectType<User>]
public static class UserFollowFields
{
    /// <summary>How many users follow this user. Shown for private profiles too, as the lists are not.</summary>
    public static async Task<int> GetFollowerCountAsync([Parent] User user, FollowCountsByUserIdLoader counts) =>
        (await counts.LoadAsync(user.Id)).Followers;

    /// <summary>How many users this user follows.</summary>
    public static async Task<int> GetFollowingCountAsync([Parent] User user, FollowCountsByUserIdLoader counts) =>
        (await counts.LoadAsync(user.Id)).Following;

    /// <summary>Whether the signed-in viewer follows this user; false when nobody is signed in.</summary>
    public static async Task<bool> GetViewerIsFollowingAsync([Parent] User user, ClaimsPrincipal? viewer, ViewerFollowStateLoader states) =>
        (await StateAsync(user, viewer, states)).ViewerIsFollowing;

    /// <summary>
    /// Whether the signed-in viewer asked to follow this private profile and the user has not answered yet; false when
    /// nobody is signed in.
    /// </summary>
    public static async Task<bool> GetViewerHasRequestedToFollowAsync([Parent] User user, ClaimsPrincipal? viewer, ViewerFollowStateLoader states) =>
        (await StateAsync(user, viewer, states)).ViewerHasRequested;

    /// <summary>Whether this user follows the signed-in viewer; false when nobody is signed in.</summary>
    public static async Task<bool> GetFollowsViewerAsync([Parent] User user, ClaimsPrincipal? viewer, ViewerFollowStateLoader states) =>
        (await StateAsync(user, viewer, states)).FollowsViewer;

    private static async Task<ViewerFollowState> StateAsync(User user, ClaimsPrincipal? viewer, ViewerFollowStateLoader states) =>
        CurrentSession.FromPrincipal(viewer) is { } session && session.UserId != user.Id
            ? await states.LoadAsync(new ViewerAndUser(session.UserId, user.Id))
            : default;
}
