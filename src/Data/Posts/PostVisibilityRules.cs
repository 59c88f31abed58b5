using System.Linq.Expressions;
using GraphApi.Data.Accounts;

namespace GraphApi.Data.Posts;

/// <summary>
/// Who may see a post: the one rule every read of posts goes through (feeds, timelines, a post by id, replies, threads,
/// search, hashtags, the targets of likes, replies and reposts, notifications). A post is visible when it is not deleted,
/// its author's account is active, and its <see cref="PostVisibility"/> lets the viewer see it: <c>Public</c> everyone
/// (signed out too), <c>Followers</c> the author and their followers, <c>Private</c> the author only. A repost is
/// visible only when the post it reposts is visible too, so reposting never shows a post to more people.
/// </summary>
public static class PostVisibilityRules
{
    /// <summary>The posts <paramref name="viewerId"/> may see (null: signed out); the start of every query of posts.</summary>
    public static IQueryable<Post> VisiblePosts(this AppDbContext db, Guid? viewerId) => db.Posts.Where(VisibleTo(db, viewerId));

    /// <summary>
    /// The predicate of <see cref="VisiblePosts"/>, for queries that reach posts another way (a join, a subquery). It
    /// refers to <paramref name="db"/>'s follows, so use it in queries of that context only.
    /// </summary>
    public static Expression<Func<Post, bool>> VisibleTo(AppDbContext db, Guid? viewerId)
    {
        var own = viewerId is { } viewer ? SeenBySignedIn(db, viewer) : SeenBySignedOut;
        return IncludingReposted(own);
    }

    private static readonly Expression<Func<Post, bool>> SeenBySignedOut = post =>
        post.DeletedAt == null
        && post.Author!.Status == UserStatus.Active
        && post.Visibility == PostVisibility.Public;

    private static Expression<Func<Post, bool>> SeenBySignedIn(AppDbContext db, Guid viewerId) => post =>
        post.DeletedAt == null
        && post.Author!.Status == UserStatus.Active
        && (post.Visibility == PostVisibility.Public
            || post.AuthorId == viewerId
            || (post.Visibility == PostVisibility.Followers
                && db.Follows.Any(follow => follow.FollowerId == viewerId && follow.FolloweeId == post.AuthorId)));

    /// <summary><c>post => seen(post) &amp;&amp; (post.RepostOfId == null || seen(post.RepostOf))</c>.</summary>
    private static Expression<Func<Post, bool>> IncludingReposted(Expression<Func<Post, bool>> seen)
    {
        var post = seen.Parameters[0];
        Expression<Func<Post, Post?>> repostOf = p => p.RepostOf;
        Expression<Func<Post, bool>> isOriginal = p => p.RepostOfId == null;
        var originalSeen = new ParameterReplacer(post, new ParameterReplacer(repostOf.Parameters[0], post).Visit(repostOf.Body)).Visit(seen.Body);
        var body = Expression.AndAlso(
            seen.Body,
            Expression.OrElse(new ParameterReplacer(isOriginal.Parameters[0], post).Visit(isOriginal.Body), originalSeen));
        return Expression.Lambda<Func<Post, bool>>(body, post);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
