using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphQL.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Notifications;

/// <summary>The viewer's notifications.</summary>
[QueryType]
public static class NotificationQueries
{
    /// <summary>How many of the viewer's notifications are unread.</summary>
    [Authorize]
    public static async Task<int> GetUnreadNotificationCountAsync(
        ClaimsPrincipal viewer,
        IDbContextFactory<AppDbContext> dbContextFactory,
        CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await NotificationReader.Unread(db, Viewer.SessionOf(viewer).UserId).CountAsync(cancellationToken);
    }
}
