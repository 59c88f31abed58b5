namespace GraphQL.Data;

/// <summary>
/// Runs the queries paging makes: the page's rows and, when <c>totalCount</c> is selected, the count. The engine has
/// no EF Core reference; the host registers an EF Core implementation as a service so that both run asynchronously.
/// Without one, <see cref="DefaultQueryableExecutor"/> is used.
/// </summary>
public interface IQueryableExecutor
{
    ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}

/// <summary>Lists through <see cref="IAsyncEnumerable{T}"/> when the query offers it, else synchronously; counts synchronously.</summary>
public sealed class DefaultQueryableExecutor : IQueryableExecutor
{
    public static DefaultQueryableExecutor Instance { get; } = new();

    public async ValueTask<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        if (query is not IAsyncEnumerable<T> asyncQuery)
        {
            return query.ToList();
        }
        var rows = new List<T>();
        await foreach (var row in asyncQuery.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }
        return rows;
    }

    public ValueTask<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => new(query.Count());
}
