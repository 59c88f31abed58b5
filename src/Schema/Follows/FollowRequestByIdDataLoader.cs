using GraphApi.Auth.Sessions;
using GraphApi.Data;
using GraphApi.Schema.Accounts;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Follows;

/// <summary>
/// Pending follow requests by id that the viewer made or received, one query per batch; a request between two other
/// users, or one of or to a deleted or suspended account, loads as null.
/// </summary>
public sealed class FollowRequestByIdDataLoader(IDbContextFactory<AppDbContext> dbContextFactory) : ViewerOwnedDataLoader<FollowRequest>
{
    protected override async Task<IReadOnlyDictionary<Guid, FollowRequest>> LoadAsync(
        CurrentSession viewer, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await dbContextFactory.CreateDbContextAsync(cancellationToken);
        return await FollowRequestReader.BetweenActiveUsers(db)
            .Where(r => ids.Contains(r.Id) && (r.RequesterId == viewer.UserId || r.TargetId == viewer.UserId))
            .ToDictionaryAsync(r => r.Id, cancellationToken);
    }
}
