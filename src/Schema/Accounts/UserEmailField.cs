using GraphApi.Data;
using GraphQL.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Accounts;

/// <summary>The user's email, which only the user themselves may read.</summary>
[ObjectType<User>]
public static class UserEmailField
{
    /// <summary>
    /// The email the user signs in with. Only the user themselves may read it: for anyone else the field is null with an
    /// AUTH_NOT_AUTHORIZED error (AUTH_NOT_AUTHENTICATED when nobody is signed in).
    /// </summary>
    [Authorize(AccountPolicies.IsSelf)]
    public static async Task<string?> GetEmailAsync(
        [Parent] User user,
        IDbContextFactory<AppDbContext> dbContextFactory,
        CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => u.Id == user.Id).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
    }
}
