using System.Security.Claims;
using GraphApi.Auth.Sessions;
using GraphQL.DataLoader;

namespace GraphApi.Schema.Accounts;

/// <summary>An entity id as one signed-in viewer (user and session) asks for it: the key of a <see cref="ViewerOwnedDataLoader{TValue}"/>.</summary>
public readonly record struct ViewerAndId(CurrentSession Viewer, Guid Id);

/// <summary>
/// A batch loader of entities that only some users may see (their notifications, their sessions, their follow
/// requests): an entity the viewer may not see loads as null, exactly like a missing one, so node(id:) tells nobody
/// that it exists. A request has one viewer, so a batch is one query.
/// </summary>
public abstract class ViewerOwnedDataLoader<TValue> : BatchDataLoader<ViewerAndId, TValue>
    where TValue : class
{
    /// <summary>The entity <paramref name="id"/> if <paramref name="principal"/> may see it; null when signed out.</summary>
    public Task<TValue?> LoadForAsync(ClaimsPrincipal principal, Guid id) =>
        CurrentSession.FromPrincipal(principal) is { } viewer
            ? LoadAsync(new ViewerAndId(viewer, id))
            : Task.FromResult<TValue?>(null);

    protected sealed override async Task<IReadOnlyDictionary<ViewerAndId, TValue>> LoadBatchAsync(
        IReadOnlyList<ViewerAndId> keys, CancellationToken cancellationToken)
    {
        var values = new Dictionary<ViewerAndId, TValue>(keys.Count);
        foreach (var byViewer in keys.GroupBy(key => key.Viewer))
        {
            var ids = byViewer.Select(key => key.Id).ToList();
            foreach (var (id, value) in await LoadAsync(byViewer.Key, ids, cancellationToken))
            {
                values[new ViewerAndId(byViewer.Key, id)] = value;
            }
        }
        return values;
    }

    /// <summary>Those of <paramref name="ids"/> that <paramref name="viewer"/> may see, by id, in one query.</summary>
    protected abstract Task<IReadOnlyDictionary<Guid, TValue>> LoadAsync(
        CurrentSession viewer, IReadOnlyList<Guid> ids, CancellationToken cancellationToken);
}
