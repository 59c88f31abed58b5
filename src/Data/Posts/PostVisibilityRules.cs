using System.Linq.Expressions;
using System.Reflection;
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
    /// refers to <paramref name="db"/>'s tables, so use it in queries of that context only.
    /// </summary>
    public static Expression<Func<Post, bool>> VisibleTo(AppDbContext db, Guid? viewerId)
    {
        // Subqueries rather than navigations: EF Core cannot page groups (ROW_NUMBER per parent) of a query whose
        // filter expands navigations.
        Expression<Func<Post, bool>> seen = viewerId is { } viewer
            ? post => post.DeletedAt == null
                && db.Users.Any(author => author.Id == post.AuthorId && author.Status == UserStatus.Active)
                && (post.Visibility == PostVisibility.Public
                    || post.AuthorId == viewer
                    || (post.Visibility == PostVisibility.Followers
                        && db.Follows.Any(follow => follow.FollowerId == viewer && follow.FolloweeId == post.AuthorId)))
            : post => post.DeletedAt == null
                && db.Users.Any(author => author.Id == post.AuthorId && author.Status == UserStatus.Active)
                && post.Visibility == PostVisibility.Public;
        Expression<Func<Post, bool>> visible = post =>
            Seen(post) && (post.RepostOfId == null || db.Posts.Any(original => original.Id == post.RepostOfId && Seen(original)));
        return (Expression<Func<Post, bool>>)new SeenInliner(seen).Visit(visible);
    }

    /// <summary>A placeholder in <see cref="VisibleTo"/>'s template, replaced by the rule itself.</summary>
    private static bool Seen(Post post) => throw new InvalidOperationException("Seen is inlined by SeenInliner and never called.");

    private static readonly MethodInfo SeenMethod = ((Func<Post, bool>)Seen).Method;

    /// <summary>Replaces each <c>Seen(x)</c> with the rule's body about <c>x</c>.</summary>
    private sealed class SeenInliner(Expression<Func<Post, bool>> seen) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == SeenMethod
                ? new ParameterReplacer(seen.Parameters[0], Visit(node.Arguments[0])).Visit(seen.Body)
                : base.VisitMethodCall(node);
    }

    private sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
