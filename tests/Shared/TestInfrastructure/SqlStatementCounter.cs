using System.Collections.Concurrent;
using System.Data.Common;
using GraphApi.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Testing;

/// <summary>
/// Records every SQL command EF Core sends through the contexts it is added to (queries, scalars, non-queries), to prove
/// that a request runs a fixed number of statements. One command is one round trip: EF's batched SaveChanges counts once.
/// Add it to the server's <see cref="AppDbContext"/>s with <see cref="AddTo"/>, or to options with <c>AddInterceptors</c>.
/// </summary>
public sealed class SqlStatementCounter : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _statements = new();

    /// <summary>How many commands ran since the start or the last <see cref="Reset"/>.</summary>
    public int Count => _statements.Count;

    /// <summary>The SQL of those commands, in the order they started (for failure messages).</summary>
    public IReadOnlyList<string> Statements => [.. _statements];

    /// <summary>Forgets the commands recorded so far.</summary>
    public void Reset() => _statements.Clear();

    /// <summary>Resets, runs <paramref name="action"/>, and returns the SQL of the commands it ran.</summary>
    public async Task<IReadOnlyList<string>> MeasureAsync(Func<Task> action)
    {
        Reset();
        await action();
        return Statements;
    }

    /// <summary>Adds this counter to every <see cref="AppDbContext"/> the service collection creates (pooled factories too).</summary>
    public IServiceCollection AddTo(IServiceCollection services) =>
        services.ConfigureDbContext<AppDbContext>(options => options.AddInterceptors(this));

    public override InterceptionResult<DbDataReader> ReaderExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<object> ScalarExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    public override InterceptionResult<int> NonQueryExecuting(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Record(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Record(command, result));

    private T Record<T>(DbCommand command, T result)
    {
        _statements.Enqueue(command.CommandText);
        return result;
    }
}
