namespace GraphQL.Subscriptions;

/// <summary>Shorthands for <see cref="ITopicEventReceiver"/>.</summary>
public static class TopicEventReceiverExtensions
{
    /// <summary>Subscribes to <paramref name="topic"/> with the provider's buffer settings.</summary>
    public static ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        this ITopicEventReceiver receiver, string topic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        return receiver.SubscribeAsync<TMessage>(topic, bufferCapacity: null, bufferFullMode: null, cancellationToken);
    }
}
