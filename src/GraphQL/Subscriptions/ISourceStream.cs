namespace GraphQL.Subscriptions;

/// <summary>
/// One subscriber's messages of one topic, in the order they were sent. Return it from a code-first subscription field
/// (it is the field's <see cref="IAsyncEnumerable{T}"/>); the engine disposes its enumerator when the subscription
/// ends, and that disposes the stream, which unsubscribes. Enumerate it once. The stream ends when the topic is
/// completed (after the buffered messages), and disposing the stream without enumerating it also unsubscribes.
/// </summary>
public interface ISourceStream<out TMessage> : IAsyncEnumerable<TMessage>, IAsyncDisposable
{
    /// <summary>The topic this stream receives.</summary>
    string Topic { get; }
}
