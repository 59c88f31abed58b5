using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Notifications;

/// <summary>The viewer's notifications.</summary>
[QueryType]
public static class NotificationQueries
{
    /// <summary>The viewer's notifications, newest first unless <c>order</c> says otherwise.</summary>
    [Authorize]
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Notification> GetNotifications(
        ClaimsPrincipal viewer,
        IDbContextFactory<AppDbContext> dbContextFactory,
        IResolverContext context)
    {
        var recipientId = Viewer.SessionOf(viewer).UserId;
        // The paging middleware runs the query after this returns; the context is disposed once it has.
        var db = dbContextFactory.CreateDbContext();
        context.RegisterForCleanup(db);
        return NotificationReader.NewestFirst(db, recipientId);
    }

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
