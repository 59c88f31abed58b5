using GraphApi.Data;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Accounts;

/// <summary>Looking up users.</summary>
[QueryType]
public static class UserQueries
{
    /// <summary>The user with this global id; null when there is none, or when the account is deleted or suspended.</summary>
    public static Task<User?> GetUserAsync([ID<User>] Guid id, UserByIdDataLoader users) => users.LoadAsync(id);

    /// <summary>
    /// The user with this handle, in any letter case; null when there is none, or when the account is deleted or
    /// suspended.
    /// </summary>
    public static Task<User?> GetUserByHandleAsync(
        string handle,
        IDbContextFactory<AppDbContext> dbContextFactory,
        CancellationToken cancellationToken)
    {
        // Handles are stored in lower case, so a lower-cased comparison uses the unique index.
        var normalized = handle.Trim().ToLowerInvariant();
        return UserReader.FindActiveAsync(dbContextFactory, user => user.Handle == normalized, cancellationToken);
    }
}
