using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace GraphQL.Subscriptions;

/// <summary>
/// A subscriber's bounded buffer seen by the provider that fills it, whatever its message type: providers keep their
/// subscribers as <see cref="TopicStream"/> and write to them without knowing <c>TMessage</c>. Writing never waits; a
/// full buffer applies its <see cref="TopicBufferFullMode"/>.
/// </summary>
public abstract class TopicStream : IAsyncDisposable
{
    private readonly Func<TopicStream, ValueTask> onDisposed;
    private readonly ILogger logger;
    private long droppedMessageCount;
    private int disposed;

    private protected TopicStream(string topic, int capacity, TopicBufferFullMode fullMode, Func<TopicStream, ValueTask> onDisposed, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        SubscriptionOptions.ValidateBuffer(capacity, fullMode);
        Topic = topic;
        Capacity = capacity;
        FullMode = fullMode;
        this.onDisposed = onDisposed;
        this.logger = logger;
    }

    /// <summary>The topic this stream receives.</summary>
    public string Topic { get; }

    /// <summary>How many messages the buffer holds before <see cref="FullMode"/> applies.</summary>
    public int Capacity { get; }

    /// <summary>What a full buffer does with a new message.</summary>
    public TopicBufferFullMode FullMode { get; }

    /// <summary>The CLR type of the messages this subscriber reads.</summary>
    public abstract Type MessageType { get; }

    /// <summary>Messages this subscriber lost because its buffer was full.</summary>
    public long DroppedMessageCount => Interlocked.Read(ref droppedMessageCount);

    /// <summary>True once the stream was disposed (it no longer receives anything).</summary>
    public bool IsDisposed => Volatile.Read(ref disposed) == 1;

    /// <summary>
    /// Creates a subscriber's stream: <paramref name="capacity"/> and <paramref name="fullMode"/> override
    /// <paramref name="options"/> when given. <paramref name="onDisposed"/> runs once, when the stream is disposed, so the
    /// provider can forget it (and unsubscribe).
    /// </summary>
    public static TopicStream<TMessage> Create<TMessage>(
        string topic, SubscriptionOptions options, int? capacity, TopicBufferFullMode? fullMode,
        Func<TopicStream, ValueTask> onDisposed, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new TopicStream<TMessage>(
            topic, capacity ?? options.TopicBufferCapacity, fullMode ?? options.TopicBufferFullMode, onDisposed, logger);
    }

    /// <summary>True when <paramref name="message"/> is a <see cref="MessageType"/> (or null for a nullable one).</summary>
    public abstract bool Accepts(object? message);

    /// <summary>Buffers a message that <see cref="Accepts"/>; false when the stream is completed or disposed.</summary>
    public abstract bool Write(object? message);

    /// <summary>Ends the stream once its reader has read what is buffered; later writes are ignored.</summary>
    public abstract void Complete();

    /// <summary>Stops receiving: completes the buffer, then lets the provider forget this stream. Idempotent.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        Complete();
        await onDisposed(this).ConfigureAwait(false);
        GC.SuppressFinalize(this);
    }

    private protected void OnDropped()
    {
        if (Interlocked.Increment(ref droppedMessageCount) == 1)
        {
            logger.LogWarning(
                "A subscriber of topic {Topic} reads too slowly: its buffer of {Capacity} message(s) is full, so messages are dropped ({FullMode})",
                Topic, Capacity, FullMode);
        }
    }

    private protected static BoundedChannelFullMode ChannelMode(TopicBufferFullMode fullMode) => fullMode switch
    {
        TopicBufferFullMode.DropNewest => BoundedChannelFullMode.DropNewest,
        TopicBufferFullMode.DropWrite => BoundedChannelFullMode.DropWrite,
        _ => BoundedChannelFullMode.DropOldest,
    };
}
