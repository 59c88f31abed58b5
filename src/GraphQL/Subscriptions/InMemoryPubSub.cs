using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphQL.Subscriptions;

/// <summary>
/// The default topic provider: publisher and subscribers in one process. Messages are handed over as objects (not
/// serialized), so a subscriber must ask for a type the sent messages have. Thread-safe; sending never waits for a
/// subscriber (see <see cref="TopicBufferFullMode"/>).
/// </summary>
public sealed class InMemoryPubSub : ITopicEventSender, ITopicEventReceiver
{
    private readonly SubscriptionOptions options;
    private readonly ILogger logger;
    private readonly Dictionary<string, TopicStream[]> topics = new(StringComparer.Ordinal);

    /// <summary>Creates a provider; throws <see cref="ArgumentOutOfRangeException"/> when the options are invalid.</summary>
    public InMemoryPubSub(SubscriptionOptions? options = null, ILogger<InMemoryPubSub>? logger = null)
    {
        this.options = options ?? new SubscriptionOptions();
        this.options.Validate();
        this.logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>How many subscribers <paramref name="topic"/> has now.</summary>
    public int SubscriberCount(string topic)
    {
        lock (topics)
        {
            return topics.TryGetValue(topic, out var streams) ? streams.Length : 0;
        }
    }

    /// <inheritdoc />
    public ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int? bufferCapacity, TopicBufferFullMode? bufferFullMode, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stream = TopicStream.Create<TMessage>(topic, options, bufferCapacity, bufferFullMode, Remove, logger);
        lock (topics)
        {
            topics[topic] = topics.TryGetValue(topic, out var streams) ? [.. streams, stream] : [stream];
        }

        return ValueTask.FromResult<ISourceStream<TMessage>>(stream);
    }

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">A subscriber of the topic reads another message type; nobody receives the message.</exception>
    public ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        cancellationToken.ThrowIfCancellationRequested();
        var streams = Subscribers(topic);
        foreach (var stream in streams)
        {
            if (stream is not TopicStream<TMessage> && !stream.Accepts(message))
            {
                throw new InvalidOperationException(
                    $"Topic '{topic}' has a subscriber of {stream.MessageType.Name} messages, but a {message?.GetType().Name ?? "null"} message was sent to it.");
            }
        }

        foreach (var stream in streams)
        {
            if (stream is TopicStream<TMessage> typed)
            {
                typed.Write(message);
            }
            else
            {
                stream.Write(message);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        TopicStream[]? streams;
        lock (topics)
        {
            topics.Remove(topic, out streams);
        }

        foreach (var stream in streams ?? [])
        {
            stream.Complete();
        }

        return ValueTask.CompletedTask;
    }

    private TopicStream[] Subscribers(string topic)
    {
        lock (topics)
        {
            return topics.GetValueOrDefault(topic) ?? [];
        }
    }

    private ValueTask Remove(TopicStream stream)
    {
        lock (topics)
        {
            if (topics.TryGetValue(stream.Topic, out var streams) && Array.IndexOf(streams, stream) >= 0)
            {
                TopicStream[] remaining = [.. streams.Where(s => s != stream)];
                if (remaining.Length == 0)
                {
                    topics.Remove(stream.Topic);
                }
                else
                {
                    topics[stream.Topic] = remaining;
                }
            }
        }

        return ValueTask.CompletedTask;
    }
}
