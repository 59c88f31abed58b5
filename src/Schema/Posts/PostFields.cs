using System.Security.Claims;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts.DataLoaders;
using GraphQL.Types;

namespace GraphApi.Schema.Posts;

/// <summary>The fields of a post that are loaded on demand, each through a DataLoader (one query per page of posts).</summary>
[ObjectType<Post>]
public static class PostFields
{
    /// <summary>Who wrote the post (for a repost: who reposted it).</summary>
    public static async Task<User> GetAuthorAsync([Parent] Post post, UserByIdDataLoader users) =>
        // Visible posts have active authors (PostVisibilityRules), so the author is found.
        await users.LoadAsync(post.AuthorId)
        ?? throw new InvalidOperationException($"The author {post.AuthorId} of the visible post {post.Id} is not an active user.");

    /// <summary>How many people like the post.</summary>
    public static Task<int> GetLikeCountAsync([Parent] Post post, LikeCountDataLoader likeCounts) => likeCounts.LoadAsync(post.Id);

    /// <summary>Whether the viewer likes the post; false when signed out.</summary>
    public static Task<bool> GetViewerHasLikedAsync([Parent] Post post, ClaimsPrincipal viewer, ViewerHasLikedDataLoader likes) =>
        likes.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), post.Id));

    /// <summary>How many direct replies to the post the viewer may see.</summary>
    public static Task<int> GetReplyCountAsync([Parent] Post post, ClaimsPrincipal viewer, ReplyCountDataLoader replyCounts) =>
        replyCounts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), post.Id));

    /// <summary>How many reposts of the post the viewer may see.</summary>
    public static Task<int> GetRepostCountAsync([Parent] Post post, ClaimsPrincipal viewer, RepostCountDataLoader repostCounts) =>
        repostCounts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), post.Id));

    /// <summary>The post this one answers; null when it starts a thread, or when that post is deleted or hidden from the viewer.</summary>
    public static Task<Post?> GetReplyToAsync([Parent] Post post, ClaimsPrincipal viewer, PostByIdDataLoader posts) =>
        post.ReplyToId is { } id ? posts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), id)) : Task.FromResult<Post?>(null);

    /// <summary>The post this one reposts; null for an original post.</summary>
    public static Task<Post?> GetRepostOfAsync([Parent] Post post, ClaimsPrincipal viewer, PostByIdDataLoader posts) =>
        post.RepostOfId is { } id ? posts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), id)) : Task.FromResult<Post?>(null);

    /// <summary>The people the post mentions by @handle (active accounts only).</summary>
    public static async Task<IReadOnlyList<User>> GetMentionsAsync(
        [Parent] Post post, MentionedUserIdsDataLoader mentionedUserIds, UserByIdDataLoader users)
    {
        var ids = await mentionedUserIds.LoadAsync(post.Id) ?? [];
        var found = await users.LoadAsync(ids);
        return [.. found.OfType<User>().OrderBy(user => user.Handle, StringComparer.Ordinal)];
    }

    /// <summary>The post's hashtags without the #, in lower case and alphabetical order.</summary>
    public static async Task<IReadOnlyList<string>> GetHashtagsAsync([Parent] Post post, HashtagsDataLoader hashtags) =>
        await hashtags.LoadAsync(post.Id) ?? [];

    /// <summary>The earlier versions that edits replaced, oldest first; empty when never edited.</summary>
    public static async Task<IReadOnlyList<PostEdit>> GetEditsAsync([Parent] Post post, EditsDataLoader edits) =>
        await edits.LoadAsync(post.Id) ?? [];
}
