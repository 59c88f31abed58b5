using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Accounts;

/// <summary>A member of the community, as everyone may see them.</summary>
[Node]
public sealed class User
{
    /// <summary>The user's unique id: a global id that node(id:) and user(id:) take.</summary>
    [ID]
    public required Guid Id { get; init; }

    /// <summary>The unique public name, in lower case: 3 to 30 of a-z, 0-9, underscore and dot.</summary>
    public required string Handle { get; init; }

    /// <summary>When the account was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>What the user tells about themselves.</summary>
    public required Profile Profile { get; init; }

    /// <summary>node(id:) for users: the active user, through the request's batch of users by id.</summary>
    [NodeResolver]
    public static Task<User?> GetAsync(Guid id, UserByIdDataLoader users) => users.LoadAsync(id);
}
