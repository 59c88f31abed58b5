namespace GraphQL.Subscriptions;

/// <summary>
/// Publishes messages to topics (HotChocolate's <c>ITopicEventSender</c>). Every subscriber of the topic receives the
/// message; with a distributed provider, subscribers on every server instance do.
/// </summary>
public interface ITopicEventSender
{
    /// <summary>
    /// Sends <paramref name="message"/> to every current subscriber of <paramref name="topic"/>. A topic nobody
    /// subscribes to drops the message (pub/sub keeps nothing). Never waits for slow subscribers: each has a bounded
    /// buffer whose policy is <see cref="SubscriptionOptions.TopicBufferFullMode"/>.
    /// </summary>
    ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Completes the topic: every current subscriber receives what is already in its buffer, then its stream ends.
    /// Later subscribers start a fresh topic of the same name.
    /// </summary>
    ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default);
}
