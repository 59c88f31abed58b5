using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Data.Accounts;
using GraphApi.Schema.Accounts;
using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Follows;

/// <summary>The signed-in viewer's follow requests and suggestions of whom to follow.</summary>
[QueryType]
public static class FollowQueries
{
    /// <summary>The pending requests to follow the viewer's private profile, newest first.</summary>
    [Authorize]
    [UsePaging]
    public static IQueryable<FollowRequest> GetFollowRequests(
        ClaimsPrincipal viewer, IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var db = ShortLivedContext(dbContextFactory, context);
        return FollowRequestReader.BetweenActiveUsers(db)
            .Where(r => r.TargetId == viewerId)
            .OrderByDescending(r => r.CreatedAt);
    }

    /// <summary>
    /// People to follow: users followed by people the viewer follows ("friends of friends"), most mutual connections
    /// first. Leaves out the viewer, whom they follow or asked to follow already, and deleted or suspended accounts.
    /// </summary>
    [Authorize]
    [UsePaging]
    public static IQueryable<FollowSuggestion> GetFollowSuggestions(
        ClaimsPrincipal viewer, IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var db = ShortLivedContext(dbContextFactory, context);
        var active = db.Users.Where(u => u.Status == UserStatus.Active);
        var followed = db.Follows.Where(f => f.FollowerId == viewerId).Select(f => f.FolloweeId);
        var requested = db.FollowRequests.Where(r => r.RequesterId == viewerId).Select(r => r.TargetId);
        return db.Follows
            .Where(viewerFollows => viewerFollows.FollowerId == viewerId && active.Any(u => u.Id == viewerFollows.FolloweeId))
            .Join(db.Follows, viewerFollows => viewerFollows.FolloweeId, theyFollow => theyFollow.FollowerId, (_, theyFollow) => theyFollow.FolloweeId)
            .Where(candidate => candidate != viewerId
                && !followed.Contains(candidate)
                && !requested.Contains(candidate)
                && active.Any(u => u.Id == candidate))
            .GroupBy(candidate => candidate)
            .Select(g => new FollowSuggestion { Id = g.Key, MutualConnectionCount = g.Count() })
            .OrderByDescending(s => s.MutualConnectionCount);
    }

    /// <summary>A context for a query the paging middleware runs, disposed once the field's value is written.</summary>
    private static AppDbContext ShortLivedContext(IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context)
    {
        var db = dbContextFactory.CreateDbContext();
        context.RegisterForCleanup(db);
        return db;
    }
}
