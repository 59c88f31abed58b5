using System.Security.Claims;
using GraphApi.Schema.Accounts;
using GraphQL.Execution;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Follows;

/// <summary>
/// A pending request of a user to follow a private profile: the viewer's own request, or one to the viewer's profile.
/// </summary>
[Node]
public sealed class FollowRequest
{
    /// <summary>The request's global id, which node(id:) takes.</summary>
    [ID]
    public required Guid Id { get; init; }

    /// <summary>When the user asked.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Who asked: read by <see cref="FollowRequestFields.GetRequesterAsync"/>.</summary>
    [GraphQLIgnore]
    public required Guid RequesterId { get; init; }

    /// <summary>Whose private profile: read by <see cref="FollowRequestFields.GetTargetAsync"/>.</summary>
    [GraphQLIgnore]
    public required Guid TargetId { get; init; }

    /// <summary>
    /// node(id:) for follow requests: only the requester and the user asked see it; anyone else, or signed out, gets null.
    /// </summary>
    [NodeResolver]
    public static Task<FollowRequest?> GetAsync(Guid id, ClaimsPrincipal viewer, FollowRequestByIdDataLoader requests) =>
        requests.LoadForAsync(viewer, id);
}

/// <summary>A suggestion of someone to follow: a user followed by people the viewer follows.</summary>
public sealed class FollowSuggestion
{
    /// <summary>The suggested user's id: read by <see cref="FollowSuggestionFields.GetUserAsync"/>.</summary>
    [GraphQLIgnore]
    public required Guid Id { get; init; }

    /// <summary>How many of the people the viewer follows follow this user.</summary>
    public required int MutualConnectionCount { get; init; }
}

/// <summary>The requester and the target of a follow request.</summary>
[ObjectType<FollowRequest>]
public static class FollowRequestFields
{
    /// <summary>The user who asked to follow.</summary>
    public static Task<User> GetRequesterAsync([Parent] FollowRequest request, UserByIdDataLoader users) =>
        ActiveUser.LoadAsync(request.RequesterId, users);

    /// <summary>The user whose private profile the requester asked to follow.</summary>
    public static Task<User> GetTargetAsync([Parent] FollowRequest request, UserByIdDataLoader users) =>
        ActiveUser.LoadAsync(request.TargetId, users);
}

/// <summary>The suggested user of a follow suggestion.</summary>
[ObjectType<FollowSuggestion>]
public static class FollowSuggestionFields
{
    /// <summary>The user suggested to follow.</summary>
    public static Task<User> GetUserAsync([Parent] FollowSuggestion suggestion, UserByIdDataLoader users) =>
        ActiveUser.LoadAsync(suggestion.Id, users);
}

/// <summary>Users that the query which listed them found active.</summary>
internal static class ActiveUser
{
    /// <summary>The user; one deleted or suspended since the list was read is an error at the field.</summary>
    public static async Task<User> LoadAsync(Guid id, UserByIdDataLoader users) =>
        await users.LoadAsync(id) ?? throw new GraphQLException($"The user '{id}' is no longer active.");
}
