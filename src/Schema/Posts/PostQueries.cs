using System.Security.Claims;
using GraphApi.Schema.Accounts;
using GraphApi.Schema.Posts.DataLoaders;
using GraphQL.Types;

namespace GraphApi.Schema.Posts;

/// <summary>Reading posts.</summary>
[QueryType]
public static class PostQueries
{
    /// <summary>The post with this id; null when there is none, or it is deleted or hidden from the viewer.</summary>
    public static Task<Post?> GetPostAsync([ID] Guid id, ClaimsPrincipal viewer, PostByIdDataLoader posts) =>
        posts.LoadAsync(new ViewerPostKey(Viewer.IdOf(viewer), id));
}
