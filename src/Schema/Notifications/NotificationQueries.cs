using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphQL.Authorization;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Notifications;

/// <summary>The viewer's notifications.</summary>
[QueryType]
public static class NotificationQueries
{
    /// <summary>The default number of notifications in a page.</summary>
    public const int DefaultPageSize = 10;

    /// <summary>The most notifications one page may have.</summary>
    public const int MaxPageSize = 50;

    /// <summary>The viewer's notifications, newest first, a page at a time.</summary>
    /// <param name="first">How many to return: 0 to 50, 10 when not given.</param>
    /// <param name="after">The cursor of the last notification already read (<c>pageInfo.endCursor</c>): the page continues after it.</param>
    /// <param name="viewer">The signed-in user.</param>
    /// <param name="dbContextFactory">Short-lived contexts.</param>
    /// <param name="cancellationToken">The request's.</param>
    [Authorize]
    public static async Task<NotificationsConnection> GetNotificationsAsync(
        int? first,
        string? after,
        ClaimsPrincipal viewer,
        IDbContextFactory<AppDbContext> dbContextFactory,
        CancellationToken cancellationToken)
    {
        var size = first ?? DefaultPageSize;
        if (size is < 0 or > MaxPageSize)
        {
            throw new GraphQLException(
                $"notifications takes first from 0 to {MaxPageSize}, but {size} was given.", ErrorCodes.InvalidValue);
        }
        var cursor = after is null ? (NotificationCursor?)null : NotificationCursor.Parse(after);
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await NotificationReader.NewestFirst(db, Viewer.SessionOf(viewer).UserId, cursor)
            .Take(size + 1)
            .ToListAsync(cancellationToken);
        return new NotificationsConnection([.. rows.Take(size)], hasNextPage: rows.Count > size, hasPreviousPage: cursor is not null);
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
