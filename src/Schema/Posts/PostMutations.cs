using System.Security.Claims;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts.Errors;
using GraphQL.Authorization;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts;

/// <summary>Writing, editing and deleting posts; replies, likes and reposts. Every one needs a signed-in viewer.</summary>
[MutationType]
public static class PostMutations
{
    /// <summary>Writes a post that starts a thread.</summary>
    [Authorize]
    public static async Task<CreatePostPayload> CreatePostAsync(
        CreatePostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.CreateAsync(viewerId, input.Text, input.ImageUrls ?? [], input.Visibility, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<ICreatePostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new CreatePostPayload(post, errors);
    }

    /// <summary>Answers a post the viewer may see.</summary>
    [Authorize]
    public static async Task<ReplyToPostPayload> ReplyToPostAsync(
        ReplyToPostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.ReplyAsync(viewerId, input.PostId, input.Text, input.ImageUrls ?? [], input.Visibility, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<IReplyToPostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new ReplyToPostPayload(post, errors);
    }

    /// <summary>Changes the text (and images) of one of the viewer's posts; the replaced version stays readable in edits.</summary>
    [Authorize]
    public static async Task<EditPostPayload> EditPostAsync(
        EditPostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.EditAsync(viewerId, input.PostId, input.Text, input.ImageUrls, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<IEditPostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new EditPostPayload(post, errors);
    }

    /// <summary>Deletes one of the viewer's posts: from then on it reads as gone everywhere.</summary>
    [Authorize]
    public static async Task<DeletePostPayload> DeletePostAsync(
        DeletePostInput input, ClaimsPrincipal viewer, [Service] PostService posts, CancellationToken cancellationToken)
    {
        var result = await posts.DeleteAsync(Viewer.SessionOf(viewer).UserId, input.PostId, cancellationToken);
        return result.Error is { } error
            ? new DeletePostPayload(null, [PostMutationResults.As<IDeletePostError>(error)])
            : new DeletePostPayload(result.PostId, null);
    }

    /// <summary>Likes a post the viewer may see; liking it again changes nothing.</summary>
    [Authorize]
    public static async Task<LikePostPayload> LikePostAsync(
        LikePostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.LikeAsync(viewerId, input.PostId, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<ILikePostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new LikePostPayload(post, errors);
    }

    /// <summary>Takes back the viewer's like; unliking a post that is not liked changes nothing.</summary>
    [Authorize]
    public static async Task<UnlikePostPayload> UnlikePostAsync(
        UnlikePostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.UnlikeAsync(viewerId, input.PostId, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<IUnlikePostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new UnlikePostPayload(post, errors);
    }

    /// <summary>Reposts a post the viewer may see to the viewer's followers; reposting it again returns the same repost.</summary>
    [Authorize]
    public static async Task<RepostPostPayload> RepostPostAsync(
        RepostPostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.RepostAsync(viewerId, input.PostId, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<IRepostPostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new RepostPostPayload(post, errors);
    }

    /// <summary>Undoes the viewer's repost of a post; when there is none, nothing changes.</summary>
    [Authorize]
    public static async Task<UndoRepostPayload> UndoRepostAsync(
        UndoRepostInput input, ClaimsPrincipal viewer, [Service] PostService posts,
        IDbContextFactory<AppDbContext> dbContextFactory, CancellationToken cancellationToken)
    {
        var viewerId = Viewer.SessionOf(viewer).UserId;
        var result = await posts.UndoRepostAsync(viewerId, input.PostId, cancellationToken);
        var (post, errors) = await PostMutationResults.ReadAsync<IUndoRepostError>(result, dbContextFactory, viewerId, cancellationToken);
        return new UndoRepostPayload(post, errors);
    }
}
