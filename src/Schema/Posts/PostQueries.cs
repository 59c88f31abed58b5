using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts.DataLoaders;
using GraphQL.Authorization;
using GraphQL.Data;
using GraphQL.Execution;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Posts;

/// <summary>Reading posts: by id, the home feed, search by text and by hashtag.</summary>
[QueryType]
public static class PostQueries
{
    /// <summary>The post with this id; null when there is none, or it is deleted or hidden from the viewer.</summary>
    public static Task<Post?> GetPostAsync([ID<Post>] Guid id, ClaimsPrincipal viewer, PostByIdDataLoader posts) =>
        Post.GetAsync(id, viewer, posts);

    /// <summary>
    /// The viewer's home feed: the posts and reposts (not replies) of the viewer and of the people they follow that the
    /// viewer may see, newest first.
    /// </summary>
    [Authorize]
    [UsePaging]
    [UseFiltering]
    public static IQueryable<Post> GetFeed(ClaimsPrincipal viewer, IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context) =>
        PostReader.Feed(PostQueryContext.Open(dbContextFactory, context), Viewer.SessionOf(viewer).UserId);

    /// <summary>
    /// Posts and replies whose text contains <paramref name="text"/> (ignoring letter case) that the viewer may see,
    /// newest first unless <c>order</c> says otherwise.
    /// </summary>
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Post> SearchPosts(
        [GraphQLDescription("What to look for: at least 1 character besides surrounding spaces, at most the server's Posts:MaxSearchTextLength (100 by default).")] string text,
        ClaimsPrincipal viewer,
        [Service] IOptions<PostOptions> options,
        IDbContextFactory<AppDbContext> dbContextFactory,
        IResolverContext context) =>
        PostReader.Search(
            PostQueryContext.Open(dbContextFactory, context), Viewer.IdOf(viewer), SearchText.Check(text, options.Value.MaxSearchTextLength));

    /// <summary>Posts and replies with the hashtag that the viewer may see, newest first unless <c>order</c> says otherwise.</summary>
    [UsePaging]
    [UseFiltering]
    [UseSorting]
    public static IQueryable<Post> PostsByHashtag(
        [GraphQLDescription("The hashtag, with or without the #, in any letter case.")] string tag, ClaimsPrincipal viewer, IDbContextFactory<AppDbContext> dbContextFactory, IResolverContext context) =>
        PostReader.ByHashtag(PostQueryContext.Open(dbContextFactory, context), Viewer.IdOf(viewer), PostText.NormalizeHashtag(tag));
}
