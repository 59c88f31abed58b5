using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts.DataLoaders;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts;

/// <summary>The lists of posts under a post: its replies and its thread.</summary>
[ObjectType<Post>]
public static class PostConnectionFields
{
    /// <summary>
    /// The direct replies the viewer may see, oldest first. Under a list of posts, the replies of all of them are read
    /// in one query.
    /// </summary>
    [UsePaging]
    public static async Task<Page<Post>> GetRepliesAsync([Parent] Post post, PagingArguments paging, ClaimsPrincipal viewer, RepliesDataLoader replies) =>
        await replies.LoadAsync(new RepliesKey(Viewer.IdOf(viewer), post.Id, paging)) ?? Page<Post>.Empty;

    /// <summary>The whole conversation this post belongs to that the viewer may see: its first post and every reply at any depth, oldest first.</summary>
    [UsePaging]
    public static IQueryable<Post> GetThread(
        [Parent] Post post, ClaimsPrincipal viewer, IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context) =>
        PostReader.Thread(PostQueryContext.Open(dbContextFactory, context), Viewer.IdOf(viewer), post.ThreadRootId);
}
