using GraphQL.Data;
using GraphQL.Types;

namespace GraphApi.Schema.Follows;

/// <summary>The lists of users a user's follows make.</summary>
public enum FollowList
{
    /// <summary>Who follows the owner.</summary>
    Followers,

    /// <summary>Whom the owner follows.</summary>
    Following,

    /// <summary>Who follows the owner and is followed by the viewer ("followed by people you follow").</summary>
    MutualFollowers,

    /// <summary>Whom both the owner and the viewer follow.</summary>
    MutualFollowing,
}

/// <summary>
/// One user on a follow list: the list's owner, when the follow that puts the user on it began (the list is newest
/// first), and the user with the public names a list is filtered and sorted by. Keyset paging orders by
/// <see cref="FollowedAt"/> (or the client's <c>order</c>) and then <see cref="Id"/>.
/// </summary>
/// <remarks>
/// The lists' <c>where: FollowFilterInput</c> and <c>order: [FollowSortInput!]</c> are made from this row, so only what
/// it holds can ever be filtered: public names and the follow's time, never an email, a phone or a birthday.
/// </remarks>
[GraphQLName("Follow")]
public sealed class FollowListRow
{
    /// <summary>The user whose list this is.</summary>
    public Guid OwnerId { get; init; }

    /// <summary>When the follow that puts the user on the list began.</summary>
    [Filterable]
    [Sortable]
    public DateTimeOffset FollowedAt { get; init; }

    /// <summary>The listed user's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The listed user's handle (lower case).</summary>
    [Filterable]
    [Sortable]
    public string Handle { get; init; } = "";

    /// <summary>The listed user's display name; null when their profile has none.</summary>
    [Filterable]
    [Sortable]
    public string? DisplayName { get; init; }
}
