using System.Linq.Expressions;
using GraphApi.Data;
using GraphApi.Data.Posts;
using GraphApi.Schema.Text;
using Microsoft.EntityFrameworkCore;
using PostEntity = GraphApi.Data.Posts.Post;

namespace GraphApi.Schema.Posts;

/// <summary>
/// Reads posts as the API shows them: always through <see cref="PostVisibilityRules"/>, projected in SQL to the shown
/// columns, newest first with the id breaking ties (the keyset order of the connections).
/// </summary>
internal static class PostReader
{
    public static readonly Expression<Func<PostEntity, Post>> ToPost = post => new Post
    {
        Id = post.Id,
        Text = post.Text,
        ImageUrls = post.ImageUrls,
        Visibility = post.Visibility,
        CreatedAt = post.CreatedAt,
        EditedAt = post.EditedAt,
        AuthorId = post.AuthorId,
        ReplyToId = post.ReplyToId,
        ThreadRootId = post.ThreadRootId,
        RepostOfId = post.RepostOfId,
    };

    /// <summary><see cref="ToPost"/> for entities already read.</summary>
    public static readonly Func<PostEntity, Post> FromEntity = ToPost.Compile();

    /// <summary>Newest first; the id breaks ties, so the order is total (keyset paging needs that).</summary>
    public static IOrderedQueryable<Post> NewestFirst(this IQueryable<Post> posts) =>
        posts.OrderByDescending(post => post.CreatedAt).ThenByDescending(post => post.Id);

    /// <summary>Oldest first, for replies and threads, which read as a conversation.</summary>
    public static IOrderedQueryable<Post> OldestFirst(this IQueryable<Post> posts) =>
        posts.OrderBy(post => post.CreatedAt).ThenBy(post => post.Id);

    /// <summary>The post with this id if <paramref name="viewerId"/> may see it, else null.</summary>
    public static async Task<Post?> FindVisibleAsync(
        IDbContextFactory<AppDbContext> dbContextFactory, Guid? viewerId, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await db.VisiblePosts(viewerId).Where(post => post.Id == postId).Select(ToPost).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The home feed: thread starters and reposts by the viewer and the people they follow, as far as the viewer may
    /// see them, newest first.
    /// </summary>
    public static IQueryable<Post> Feed(AppDbContext db, Guid viewerId) =>
        db.VisiblePosts(viewerId)
            .Where(post => post.ReplyToId == null)
            .Where(post => post.AuthorId == viewerId
                || db.Follows.Any(follow => follow.FollowerId == viewerId && follow.FolloweeId == post.AuthorId))
            .Select(ToPost)
            .NewestFirst();

    /// <summary>A profile's timeline: the user's thread starters and reposts that the viewer may see, newest first.</summary>
    public static IQueryable<Post> Timeline(AppDbContext db, Guid? viewerId, Guid authorId) =>
        db.VisiblePosts(viewerId).Where(post => post.AuthorId == authorId && post.ReplyToId == null).Select(ToPost).NewestFirst();

    /// <summary>Posts and replies (not reposts) whose text contains <paramref name="text"/>, ignoring case, newest first.</summary>
    public static IQueryable<Post> Search(AppDbContext db, Guid? viewerId, string text)
    {
        var pattern = "%" + LikePattern.Escape(text) + "%";
        return db.VisiblePosts(viewerId)
            .Where(post => post.RepostOfId == null && EF.Functions.ILike(post.Text, pattern, LikePattern.EscapeCharacter))
            .Select(ToPost)
            .NewestFirst();
    }

    /// <summary>Posts and replies with the hashtag (normalized), newest first.</summary>
    public static IQueryable<Post> ByHashtag(AppDbContext db, Guid? viewerId, string tag) =>
        db.VisiblePosts(viewerId)
            .Where(post => db.PostHashtags.Any(hashtag => hashtag.PostId == post.Id && hashtag.Tag == tag))
            .Select(ToPost)
            .NewestFirst();

    /// <summary>
    /// The replies to any of <paramref name="postIds"/> that the viewer may see, oldest first, as entities (for
    /// <c>RepliesDataLoader</c>, which pages them per post in one statement and projects the rows with <see cref="FromEntity"/>).
    /// </summary>
    public static IQueryable<PostEntity> RepliesTo(AppDbContext db, Guid? viewerId, IReadOnlyList<Guid> postIds) =>
        db.VisiblePosts(viewerId)
            .AsNoTracking()
            .Where(post => post.ReplyToId != null && postIds.Contains(post.ReplyToId.Value))
            .OrderBy(post => post.CreatedAt)
            .ThenBy(post => post.Id);

    /// <summary>Every post of a thread (its first post and the replies at any depth) that the viewer may see, oldest first.</summary>
    public static IQueryable<Post> Thread(AppDbContext db, Guid? viewerId, Guid threadRootId) =>
        db.VisiblePosts(viewerId).Where(post => post.ThreadRootId == threadRootId).Select(ToPost).OldestFirst();
}
