using GraphApi.Data;
using GraphApi.Schema.Errors;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Posts;

/// <summary>Turns a <see cref="PostActionResult"/> into what a mutation payload holds.</summary>
internal static class PostMutationResults
{
    /// <summary>The post the action created or acted on, as the viewer sees it now, or the action's error as <typeparamref name="TError"/>.</summary>
    public static async Task<(Post? Post, IReadOnlyList<TError>? Errors)> ReadAsync<TError>(
        PostActionResult result, IDbContextFactory<AppDbContext> dbContextFactory, Guid viewerId, CancellationToken cancellationToken)
        where TError : class
    {
        if (result.Error is { } error)
        {
            return (null, [As<TError>(error)]);
        }
        return (await PostReader.FindVisibleAsync(dbContextFactory, viewerId, result.PostId!.Value, cancellationToken), null);
    }

    /// <summary>The error as a member of the mutation's union; one that is not a member is a programming mistake.</summary>
    public static TError As<TError>(IError error) where TError : class =>
        error as TError
        ?? throw new InvalidOperationException($"{error.GetType().Name} is not a member of the error union {typeof(TError).Name}.");
}
