using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts;

/// <summary>A user's profile timeline.</summary>
[ObjectType<User>]
public static class UserPostsField
{
    /// <summary>The user's posts and reposts (not replies) that the viewer may see, newest first unless <c>order</c> says otherwise.</summary>
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Post> GetPosts(
        [Parent] User user, ClaimsPrincipal viewer, IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context) =>
        PostReader.Timeline(PostQueryContext.Open(dbContextFactory, context), Viewer.IdOf(viewer), user.Id);
}
