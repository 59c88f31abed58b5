using System.Security.Claims;
using GraphApi.Auth.Sessions;
using GraphApi.Schema.Accounts;
using GraphQL.Data;
using GraphQL.Types;

namespace GraphApi.Schema.Follows;

/// <summary>
/// A user's follow lists, newest follow first unless <c>order</c> says otherwise, filtered by <c>where</c> on the
/// listed user's handle and display name and the follow's time (<see cref="FollowListRow"/>). The lists of a private
/// profile are seen only by the user and their approved followers; anyone else gets an empty connection (the counts
/// stay public), whatever the filter.
/// </summary>
[ObjectType<User>]
public static class UserFollowListFields
{
    /// <summary>The users who follow this user, newest first. Empty for a private profile the viewer does not follow.</summary>
    [UsePaging]
    [UseFiltering(typeof(FollowListRow))]
    [UseSorting(typeof(FollowListRow))]
    public static Task<Page<User>> GetFollowersAsync(
        [Parent] User user,
        PagingArguments paging,
        QueryContext<FollowListRow> query,
        ClaimsPrincipal? viewer,
        FollowListPageLoader pages,
        UserByIdDataLoader users) =>
        LoadAsync(FollowList.Followers, user, paging, query, viewer, pages, users);

    /// <summary>The users this user follows, newest first. Empty for a private profile the viewer does not follow.</summary>
    [UsePaging]
    [UseFiltering(typeof(FollowListRow))]
    [UseSorting(typeof(FollowListRow))]
    public static Task<Page<User>> GetFollowingAsync(
        [Parent] User user,
        PagingArguments paging,
        QueryContext<FollowListRow> query,
        ClaimsPrincipal? viewer,
        FollowListPageLoader pages,
        UserByIdDataLoader users) =>
        LoadAsync(FollowList.Following, user, paging, query, viewer, pages, users);

    /// <summary>
    /// The users who follow this user and whom the viewer follows ("followed by people you follow"), newest first. Empty
    /// when nobody is signed in, or for a private profile the viewer does not follow.
    /// </summary>
    [UsePaging]
    [UseFiltering(typeof(FollowListRow))]
    [UseSorting(typeof(FollowListRow))]
    public static Task<Page<User>> GetMutualFollowersAsync(
        [Parent] User user,
        PagingArguments paging,
        QueryContext<FollowListRow> query,
        ClaimsPrincipal? viewer,
        FollowListPageLoader pages,
        UserByIdDataLoader users) =>
        LoadAsync(FollowList.MutualFollowers, user, paging, query, viewer, pages, users);

    /// <summary>
    /// The users whom both this user and the viewer follow, newest first (by this user's follow). Empty when nobody is
    /// signed in, or for a private profile the viewer does not follow.
    /// </summary>
    [UsePaging]
    [UseFiltering(typeof(FollowListRow))]
    [UseSorting(typeof(FollowListRow))]
    public static Task<Page<User>> GetMutualFollowingAsync(
        [Parent] User user,
        PagingArguments paging,
        QueryContext<FollowListRow> query,
        ClaimsPrincipal? viewer,
        FollowListPageLoader pages,
        UserByIdDataLoader users) =>
        LoadAsync(FollowList.MutualFollowing, user, paging, query, viewer, pages, users);

    private static Task<Page<User>> LoadAsync(
        FollowList list,
        User user,
        PagingArguments paging,
        QueryContext<FollowListRow> query,
        ClaimsPrincipal? viewer,
        FollowListPageLoader pages,
        UserByIdDataLoader users)
    {
        var viewerId = CurrentSession.FromPrincipal(viewer)?.UserId;
        if (viewerId is null && list is FollowList.MutualFollowers or FollowList.MutualFollowing)
        {
            return Task.FromResult(Page<User>.Empty);
        }

        return FollowListPages.LoadAsync(new FollowListKey(list, user.Id, viewerId, paging, query), pages, users);
    }
}
