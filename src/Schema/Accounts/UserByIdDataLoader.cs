using GraphApi.Data;
using GraphQL.DataLoader;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Accounts;

/// <summary>
/// Active users by id, many ids in one query per request round, on a short-lived context of its own. A deleted or
/// suspended user, or an id without a user, loads as null. Take it as a resolver parameter
/// (<c>UserByIdDataLoader users</c>) and call <c>users.LoadAsync(id)</c>.
/// </summary>
public sealed class UserByIdDataLoader(IDbContextFactory<AppDbContext> dbContextFactory)
    : BatchDataLoader<Guid, User>
{
    protected override async Task<IReadOnlyDictionary<Guid, User>> LoadBatchAsync(
        IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        var users = await UserReader.ListActiveAsync(dbContextFactory, user => keys.Contains(user.Id), cancellationToken);
        return users.ToDictionary(user => user.Id);
    }
}
