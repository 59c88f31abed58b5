using GraphApi.Data;
using GraphApi.Data.Accounts;
using GraphApi.Data.Posts;
using GraphApi.Schema.Notifications;
using GraphApi.Schema.Posts.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NotificationKind = GraphApi.Data.Notifications.NotificationKind;
using PostEditEntity = GraphApi.Data.Posts.PostEdit;
using PostEntity = GraphApi.Data.Posts.Post;

namespace GraphApi.Schema.Posts;

/// <summary>
/// Every change to posts, one method per action, each on a short-lived context of its own. Posts are acted on only
/// when the acting user may see them (<see cref="PostVisibilityRules"/>): anything else is "not found". A repost stands
/// for the post it reposts, so liking, replying to or reposting a repost acts on the original. Once a change is saved,
/// the people it concerns are notified (<see cref="NotificationService"/>): the author of the post replied to or liked,
/// and the users a post newly mentions, each only when they may see the post, and each once per action (a reply that
/// mentions the parent's author sends them the REPLY only).
/// </summary>
public sealed class PostService(IDbContextFactory<AppDbContext> dbContextFactory, TimeProvider time, NotificationService notifications)
{
    /// <summary>Starts a thread.</summary>
    public async Task<PostActionResult> CreateAsync(
        Guid authorId, string text, IReadOnlyList<string> imageUrls, PostVisibility visibility, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (PostRules.Check(text, imageUrls) is { } error)
        {
            return PostActionResult.Failed(error);
        }

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var id = Guid.CreateVersion7();
        var post = NewPost(id, authorId, text, imageUrls, visibility, replyTo: null);
        var mentioned = await AddReferencesAsync(db, post, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyWhoMaySeeAsync(db, mentioned, post, NotificationKind.Mention, cancellationToken);
        return PostActionResult.Done(id);
    }

    /// <summary>Answers a post the author may see; the reply is as visible as that post unless <paramref name="visibility"/> says otherwise.</summary>
    public async Task<PostActionResult> ReplyAsync(
        Guid authorId, Guid postId, string text, IReadOnlyList<string> imageUrls, PostVisibility? visibility, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (PostRules.Check(text, imageUrls) is { } error)
        {
            return PostActionResult.Failed(error);
        }

        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTargetAsync(db, authorId, postId, cancellationToken) is not { } target)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }

        var reply = NewPost(Guid.CreateVersion7(), authorId, text, imageUrls, visibility ?? target.Visibility, target);
        var mentioned = await AddReferencesAsync(db, reply, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await NotifyWhoMaySeeAsync(db, [target.AuthorId], reply, NotificationKind.Reply, cancellationToken);
        await NotifyWhoMaySeeAsync(db, MentionRecipients(mentioned, target.AuthorId), reply, NotificationKind.Mention, cancellationToken);
        return PostActionResult.Done(reply.Id);
    }

    /// <summary>Replaces the text (and the images, unless null) of the user's own post, keeping the replaced version.</summary>
    public async Task<PostActionResult> EditAsync(
        Guid userId, Guid postId, string text, IReadOnlyList<string>? imageUrls, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var post = await db.VisiblePosts(userId).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }
        if (post.AuthorId != userId)
        {
            return PostActionResult.Failed(new NotPostAuthorError(postId));
        }
        if (post.RepostOfId is not null)
        {
            return PostActionResult.Failed(new RepostNotEditableError(postId));
        }

        text = text.Trim();
        imageUrls ??= post.ImageUrls;
        if (PostRules.Check(text, imageUrls) is { } error)
        {
            return PostActionResult.Failed(error);
        }
        if (text == post.Text && imageUrls.SequenceEqual(post.ImageUrls))
        {
            return PostActionResult.Done(postId);
        }

        var now = time.GetUtcNow();
        db.PostEdits.Add(new PostEditEntity { PostId = post.Id, Text = post.Text, ImageUrls = post.ImageUrls, ReplacedAt = now });
        post.Text = text;
        post.ImageUrls = [.. imageUrls];
        post.EditedAt = now;
        var oldMentions = await db.PostMentions.Where(m => m.PostId == post.Id).ToListAsync(cancellationToken);
        db.PostMentions.RemoveRange(oldMentions);
        db.PostHashtags.RemoveRange(await db.PostHashtags.Where(h => h.PostId == post.Id).ToListAsync(cancellationToken));
        var mentioned = await AddReferencesAsync(db, post, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        // Only the newly mentioned: an edit that keeps a mention does not notify again.
        var newlyMentioned = mentioned.Except(oldMentions.Select(m => m.UserId)).ToList();
        var repliedToAuthorId = post.ReplyToId is { } parentId
            ? await db.Posts.Where(p => p.Id == parentId).Select(p => (Guid?)p.AuthorId).SingleOrDefaultAsync(cancellationToken)
            : null;
        await NotifyWhoMaySeeAsync(db, MentionRecipients(newlyMentioned, repliedToAuthorId), post, NotificationKind.Mention, cancellationToken);
        return PostActionResult.Done(postId);
    }

    /// <summary>Deletes the user's own post (softly: it reads as gone everywhere); a repost deleted this way is undone.</summary>
    public async Task<PostActionResult> DeleteAsync(Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        var post = await db.VisiblePosts(userId).SingleOrDefaultAsync(p => p.Id == postId, cancellationToken);
        if (post is null)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }
        if (post.AuthorId != userId)
        {
            return PostActionResult.Failed(new NotPostAuthorError(postId));
        }

        post.DeletedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return PostActionResult.Done(postId);
    }

    /// <summary>Likes a post the user may see; liking it again changes nothing.</summary>
    public async Task<PostActionResult> LikeAsync(Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTargetAsync(db, userId, postId, cancellationToken) is not { } target)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }

        if (!await db.PostLikes.AnyAsync(l => l.PostId == target.Id && l.UserId == userId, cancellationToken))
        {
            db.PostLikes.Add(new PostLike { PostId = target.Id, UserId = userId, CreatedAt = time.GetUtcNow() });
            if (await SaveIgnoringDuplicateAsync(db, PostConstraints.LikePrimaryKey, cancellationToken)
                && !await WasNotifiedOfLikeAsync(db, target, userId, cancellationToken))
            {
                // The author may see their own post, so no visibility check is needed.
                await notifications.NotifyAsync(target.AuthorId, userId, NotificationKind.Like, target.Id, cancellationToken);
            }
        }
        return PostActionResult.Done(target.Id);
    }

    /// <summary>Takes back the user's like of a post they may see; unliking a post not liked changes nothing.</summary>
    public async Task<PostActionResult> UnlikeAsync(Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTargetAsync(db, userId, postId, cancellationToken) is not { } target)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }

        await db.PostLikes.Where(l => l.PostId == target.Id && l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return PostActionResult.Done(target.Id);
    }

    /// <summary>Reposts a post the user may see and returns the repost; reposting it again returns the same repost.</summary>
    public async Task<PostActionResult> RepostAsync(Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTargetAsync(db, userId, postId, cancellationToken) is not { } target)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }

        if (await FindRepostIdAsync(db, userId, target.Id, cancellationToken) is not { } repostId)
        {
            var repost = NewPost(Guid.CreateVersion7(), userId, "", [], PostVisibility.Public, replyTo: null);
            repost.RepostOfId = target.Id;
            db.Posts.Add(repost);
            repostId = await SaveIgnoringDuplicateAsync(db, PostConstraints.RepostUnique, cancellationToken)
                ? repost.Id
                : (await FindRepostIdAsync(db, userId, target.Id, cancellationToken))!.Value;
        }
        return PostActionResult.Done(repostId);
    }

    /// <summary>Undoes the user's repost of a post they may see (given by its id or the repost's); nothing to undo changes nothing.</summary>
    public async Task<PostActionResult> UndoRepostAsync(Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        if (await FindTargetAsync(db, userId, postId, cancellationToken) is not { } target)
        {
            return PostActionResult.Failed(new PostNotFoundError(postId));
        }

        var now = time.GetUtcNow();
        await db.Posts
            .Where(p => p.AuthorId == userId && p.RepostOfId == target.Id && p.DeletedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.DeletedAt, now), cancellationToken);
        return PostActionResult.Done(target.Id);
    }

    private PostEntity NewPost(
        Guid id, Guid authorId, string text, IReadOnlyList<string> imageUrls, PostVisibility visibility, PostEntity? replyTo) => new()
    {
        Id = id,
        AuthorId = authorId,
        Text = text,
        ImageUrls = [.. imageUrls],
        Visibility = visibility,
        ReplyToId = replyTo?.Id,
        ThreadRootId = replyTo?.ThreadRootId ?? id,
        CreatedAt = time.GetUtcNow(),
    };

    /// <summary>Adds the post (when new) with the mentions and hashtags of its text; returns the ids of the mentioned users.</summary>
    private static async Task<IReadOnlyList<Guid>> AddReferencesAsync(AppDbContext db, PostEntity post, CancellationToken cancellationToken)
    {
        if (db.Entry(post).State == EntityState.Detached)
        {
            db.Posts.Add(post);
        }

        var handles = PostText.MentionedHandles(post.Text);
        List<Guid> mentioned = [];
        if (handles.Count > 0)
        {
            mentioned = await db.Users
                .Where(u => handles.Contains(u.Handle) && u.Status == UserStatus.Active)
                .Select(u => u.Id)
                .ToListAsync(cancellationToken);
            db.PostMentions.AddRange(mentioned.Select(userId => new PostMention { PostId = post.Id, UserId = userId }));
        }
        db.PostHashtags.AddRange(PostText.Hashtags(post.Text).Select(tag => new PostHashtag { PostId = post.Id, Tag = tag }));
        return mentioned;
    }

    /// <summary>
    /// Whether the post's author was told before that this user likes it: liking again after an unlike does not notify
    /// again, so toggling a like cannot flood someone's notifications.
    /// </summary>
    private static Task<bool> WasNotifiedOfLikeAsync(AppDbContext db, PostEntity post, Guid userId, CancellationToken cancellationToken) =>
        db.Notifications.AnyAsync(
            n => n.RecipientId == post.AuthorId && n.ActorId == userId && n.Kind == NotificationKind.Like && n.PostId == post.Id,
            cancellationToken);

    /// <summary>
    /// Who a post's mentions notify: one post notifies a person once, and the author of the post it replies to
    /// (<paramref name="repliedToAuthorId"/>, null for a top-level post) has had the REPLY.
    /// </summary>
    private static List<Guid> MentionRecipients(IEnumerable<Guid> mentioned, Guid? repliedToAuthorId) =>
        [.. mentioned.Where(id => id != repliedToAuthorId)];

    /// <summary>
    /// Notifies those of <paramref name="recipientIds"/> who may see <paramref name="post"/> (saved already) that its
    /// author did <paramref name="kind"/>; the author themselves is never notified.
    /// </summary>
    private async Task NotifyWhoMaySeeAsync(
        AppDbContext db, IReadOnlyList<Guid> recipientIds, PostEntity post, NotificationKind kind, CancellationToken cancellationToken)
    {
        var candidates = recipientIds.Where(id => id != post.AuthorId).Distinct().ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        // The visibility rule is per viewer, so one small query per candidate, sent as one statement (UNION ALL).
        var postId = post.Id;
        var seeing = candidates
            .Select(candidate => db.VisiblePosts(candidate).Where(p => p.Id == postId).Select(_ => candidate))
            .Aggregate(Queryable.Concat);
        var recipients = await seeing.ToListAsync(cancellationToken);
        await notifications.NotifyAsync(recipients, post.AuthorId, kind, postId, cancellationToken);
    }

    /// <summary>The post the user may see with this id, or the original when it is a repost; null when there is none.</summary>
    private static Task<PostEntity?> FindTargetAsync(AppDbContext db, Guid userId, Guid postId, CancellationToken cancellationToken)
    {
        // A visible repost's original is visible too (PostVisibilityRules), so the original needs no check of its own.
        var targetIds = db.VisiblePosts(userId).Where(p => p.Id == postId).Select(p => p.RepostOfId ?? p.Id);
        return db.Posts.AsNoTracking().Where(p => targetIds.Contains(p.Id)).SingleOrDefaultAsync(cancellationToken);
    }

    private static Task<Guid?> FindRepostIdAsync(AppDbContext db, Guid userId, Guid originalId, CancellationToken cancellationToken) =>
        db.Posts
            .Where(p => p.AuthorId == userId && p.RepostOfId == originalId && p.DeletedAt == null)
            .Select(p => (Guid?)p.Id)
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Saves; false when a concurrent request inserted the same row first (a violation of <paramref name="constraint"/>).</summary>
    private static async Task<bool> SaveIgnoringDuplicateAsync(AppDbContext db, string constraint, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException
                                                  {
                                                      SqlState: PostgresErrorCodes.UniqueViolation,
                                                  } postgres
                                                  && postgres.ConstraintName == constraint)
        {
            return false;
        }
    }
}
