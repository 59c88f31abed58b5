using GraphQL.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace GraphApi.Data;

/// <summary>
/// Runs the queries of GraphQL paging with EF Core's asynchronous operators (<c>ToListAsync</c>, <c>CountAsync</c>),
/// so a page and its count do not block a thread on the database. Queries that are not EF Core's (LINQ to Objects)
/// go to <see cref="DefaultQueryableExecutor"/>.
/// </summary>
public sealed class EfQueryableExecutor : IQueryableExecutor
{
    public static EfQueryableExecutor Instance { get; } = new();

    public async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.ToListAsync(cancellationToken).ConfigureAwait(false)
            : await DefaultQueryableExecutor.Instance.ToListAsync(query, cancellationToken).ConfigureAwait(false);

    public async ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.Provider is IAsyncQueryProvider
            ? await query.CountAsync(cancellationToken).ConfigureAwait(false)
            : await DefaultQueryableExecutor.Instance.CountAsync(query, cancellationToken).ConfigureAwait(false);
}
