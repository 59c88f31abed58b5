using System.Security.Claims;
using GraphApi.Data.Posts;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts.DataLoaders;
using GraphQL.Data;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphApi.Schema.Posts;

/// <summary>A post: a short text with images, a reply in a thread, or a repost of another post.</summary>
/// <remarks>
/// The lists of posts filter (<c>where</c>) and sort (<c>order</c>) by the properties marked <c>[Filterable]</c> and
/// <c>[Sortable]</c> only (the choice is explained in the folder's README); the id and the hidden author, reply and
/// repost ids never are.
/// </remarks>
[Node]
public sealed class Post
{
    /// <summary>The post's unique id: a global id that node(id:) and post(id:) take.</summary>
    [ID]
    public required Guid Id { get; init; }

    /// <summary>The text, at most 500 characters; empty for a repost.</summary>
    [Filterable]
    public required string Text { get; init; }

    /// <summary>Up to four image URLs, in the order shown.</summary>
    [Filterable]
    public required IReadOnlyList<string> ImageUrls { get; init; }

    /// <summary>Who may see the post.</summary>
    [Filterable]
    public required PostVisibility Visibility { get; init; }

    /// <summary>When the post was written.</summary>
    [Filterable]
    [Sortable]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the text or images last changed; null when never edited (see edits).</summary>
    [Filterable]
    [Sortable]
    public DateTimeOffset? EditedAt { get; init; }

    [GraphQLIgnore]
    public required Guid AuthorId { get; init; }

    [GraphQLIgnore]
    public Guid? ReplyToId { get; init; }

    [GraphQLIgnore]
    public required Guid ThreadRootId { get; init; }

    [GraphQLIgnore]
    public Guid? RepostOfId { get; init; }

    /// <summary>node(id:) for posts: the post if the viewer may see it, through the request's batch of posts by id.</summary>
    [NodeResolver]
    public static Task<Post?> GetAsync(Guid id, ClaimsPrincipal viewer, PostByIdDataLoader posts) =>
        posts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), id));
}
