using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace GraphQL.Subscriptions;

/// <summary>
/// A subscriber's bounded buffer of <typeparamref name="TMessage"/> and the stream that reads it. Many providers' threads
/// may write; one reader enumerates it, once. Disposing the enumerator disposes the stream.
/// </summary>
public sealed class TopicStream<TMessage> : TopicStream, ISourceStream<TMessage>
{
    private readonly Channel<TMessage> buffer;
    private int enumerated;

    internal TopicStream(string topic, int capacity, TopicBufferFullMode fullMode, Func<TopicStream, ValueTask> onDisposed, ILogger logger)
        : base(topic, capacity, fullMode, onDisposed, logger)
    {
        var options = new BoundedChannelOptions(capacity)
        {
            FullMode = ChannelMode(fullMode),
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        };
        buffer = Channel.CreateBounded<TMessage>(options, _ => OnDropped());
    }

    /// <inheritdoc />
    public override Type MessageType => typeof(TMessage);

    /// <inheritdoc />
    public override bool Accepts(object? message) => message is TMessage || (message is null && default(TMessage) is null);

    /// <inheritdoc />
    public override bool Write(object? message) => Write((TMessage)message!);

    /// <summary>Buffers the message (a full buffer applies <see cref="TopicStream.FullMode"/>); false once completed.</summary>
    public bool Write(TMessage message) => buffer.Writer.TryWrite(message);

    /// <inheritdoc />
    public override void Complete() => buffer.Writer.TryComplete();

    /// <summary>Reads the messages; the stream ends when the topic completes or the stream is disposed.</summary>
    public IAsyncEnumerator<TMessage> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref enumerated, 1) == 1)
        {
            throw new InvalidOperationException($"The stream of topic '{Topic}' can be enumerated only once.");
        }

        return new Enumerator(this, cancellationToken);
    }

    private sealed class Enumerator(TopicStream<TMessage> stream, CancellationToken cancellationToken) : IAsyncEnumerator<TMessage>
    {
        public TMessage Current { get; private set; } = default!;

        public async ValueTask<bool> MoveNextAsync()
        {
            var reader = stream.buffer.Reader;
            do
            {
                if (reader.TryRead(out var message))
                {
                    Current = message;
                    return true;
                }
            }
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false));

            return false;
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
