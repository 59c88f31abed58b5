using System.Security.Claims;
using GraphApi.Auth.Accounts;
using GraphApi.Data;
using GraphQL.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Accounts;

/// <summary>The signed-in viewer and their sessions.</summary>
[QueryType]
public static class ViewerQueries
{
    /// <summary>The signed-in user.</summary>
    [Authorize]
    public static Task<User?> GetMeAsync(
        ClaimsPrincipal viewer,
        IDbContextFactory<AppDbContext> dbContextFactory,
        CancellationToken cancellationToken)
    {
        var userId = Viewer.SessionOf(viewer).UserId;
        return UserReader.FindActiveAsync(dbContextFactory, user => user.Id == userId, cancellationToken);
    }

    /// <summary>The viewer's active sessions (signed-in devices and browsers), most recently used first.</summary>
    [Authorize]
    public static async Task<IReadOnlyList<Session>> GetSessionsAsync(
        ClaimsPrincipal viewer,
        [Service] AccountService accounts,
        CancellationToken cancellationToken)
    {
        var sessions = await accounts.ListSessionsAsync(Viewer.SessionOf(viewer), cancellationToken);
        return [.. sessions.Select(session => new Session(session))];
    }
}
