using System.Linq.Expressions;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using Microsoft.EntityFrameworkCore;
using UserEntity = GraphApi.Data.Accounts.User;

namespace GraphApi.Schema.Accounts;

/// <summary>
/// Reads users as the API shows them, each read on a short-lived context of its own. Only active accounts are found:
/// a deleted or suspended user reads as no user at all.
/// </summary>
internal static class UserReader
{
    /// <summary>The columns the API shows, selected in the query itself (never the password hash or contact details).</summary>
    internal static readonly Expression<Func<UserEntity, User>> ToUser = user => new User
    {
        Id = user.Id,
        Handle = user.Handle,
        CreatedAt = user.CreatedAt,
        Profile = new Profile
        {
            DisplayName = user.Profile!.DisplayName,
            Bio = user.Profile.Bio,
            AvatarUrl = user.Profile.AvatarUrl,
            Birthday = user.Profile.Birthday,
            TimeZone = user.Profile.TimeZone,
            Locale = user.Profile.Locale,
            // Every user has a profile; the left join only makes the column nullable for EF.
            IsPrivate = user.Profile != null && user.Profile.IsPrivate,
        },
    };

    /// <summary>The active user that <paramref name="match"/> selects (by a unique column), or null.</summary>
    public static async Task<User?> FindActiveAsync(
        IDbContextFactory<AppDbContext> dbContextFactory,
        Expression<Func<UserEntity, bool>> match,
        CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users
            .Where(user => user.Status == UserStatus.Active)
            .Where(match)
            .Select(ToUser)
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Every active user that <paramref name="match"/> selects, in no particular order.</summary>
    public static async Task<List<User>> ListActiveAsync(
        IDbContextFactory<AppDbContext> dbContextFactory,
        Expression<Func<UserEntity, bool>> match,
        CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Users
            .Where(user => user.Status == UserStatus.Active)
            .Where(match)
            .Select(ToUser)
            .ToListAsync(cancellationToken);
    }
}
