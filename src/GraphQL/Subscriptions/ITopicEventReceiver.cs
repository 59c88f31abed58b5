namespace GraphQL.Subscriptions;

/// <summary>
/// Subscribes to topics (HotChocolate's <c>ITopicEventReceiver</c>). The returned stream is live when the call returns:
/// a message sent afterwards reaches it.
/// <see cref="TopicEventReceiverExtensions.SubscribeAsync{TMessage}(ITopicEventReceiver, string, CancellationToken)"/>
/// subscribes with the provider's buffer settings.
/// </summary>
public interface ITopicEventReceiver
{
    /// <summary>
    /// Subscribes to <paramref name="topic"/>; <paramref name="bufferCapacity"/> and <paramref name="bufferFullMode"/>
    /// override the provider's <see cref="SubscriptionOptions"/> for this subscriber when given.
    /// <paramref name="cancellationToken"/> cancels subscribing, not the stream (the enumerator's token does that).
    /// </summary>
    ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int? bufferCapacity, TopicBufferFullMode? bufferFullMode, CancellationToken cancellationToken = default);
}
