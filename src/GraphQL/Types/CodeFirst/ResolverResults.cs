using System.Runtime.CompilerServices;
using GraphQL.Execution;

namespace GraphQL.Types.CodeFirst;

/// <summary>
/// Adapts what compiled resolvers return to the engine's delegates. A result that is already available is
/// wrapped without allocating; only a pending task pays for an async state machine.
/// </summary>
internal static class ResolverResults
{
    /// <summary>The resolver of subscription fields: the event the subscriber produced is the field's value.</summary>
    public static readonly FieldResolver Event = context => new ValueTask<object?>(context.ParentValue);

    public static ValueTask<object?> FromTask<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitTask(task);

    public static ValueTask<object?> FromValueTask<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitValueTask(task);

    public static ValueTask<IAsyncEnumerable<object?>> FromStream<T>(IAsyncEnumerable<T> stream) =>
        new(AsObjects(stream));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamTask<T>(Task<IAsyncEnumerable<T>> task) =>
        AsObjects(await task.ConfigureAwait(false));

    public static async ValueTask<IAsyncEnumerable<object?>> FromStreamValueTask<T>(ValueTask<IAsyncEnumerable<T>> task) =>
        AsObjects(await task.ConfigureAwait(false));

    private static async ValueTask<object?> AwaitTask<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static async ValueTask<object?> AwaitValueTask<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    /// <summary>Streams of reference types are already streams of objects (covariance); value types are boxed one by one.</summary>
    private static IAsyncEnumerable<object?> AsObjects<T>(IAsyncEnumerable<T> stream) =>
        stream as IAsyncEnumerable<object?> ?? Box(stream);

    private static async IAsyncEnumerable<object?> Box<T>(
        IAsyncEnumerable<T> stream, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
