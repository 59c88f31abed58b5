using System.Text.Json;
using GraphQL.Subscriptions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Redis.Subscriptions;

/// <summary>
/// The topic provider for several server instances: messages go through Redis pub/sub as JSON on the channel
/// <see cref="RedisSubscriptionOptions.TopicPrefix"/> + topic, so every instance's subscribers receive them (and other
/// systems may publish too). One pipelined connection publishes; one pub/sub connection carries one SUBSCRIBE per topic
/// however many local subscribers it has, and UNSUBSCRIBE when the last leaves. Both reconnect by themselves, and the
/// topics are subscribed again after a reconnect. An empty payload completes a topic on every instance.
/// Connections open on first use, so the application starts without Redis.
/// </summary>
public sealed class RedisPubSub : ITopicEventSender, ITopicEventReceiver, IAsyncDisposable
{
    private readonly RedisOptions redisOptions;
    private readonly RedisSubscriptionOptions options;
    private readonly ILoggerFactory loggerFactory;
    private readonly ILogger logger;
    private readonly SemaphoreSlim changes = new(1, 1);
    private readonly Dictionary<string, RedisTopic> topics = new(StringComparer.Ordinal);
    private volatile RedisConnection? publisher;
    private volatile RedisSubscriber? subscriber;
    private bool disposed;

    /// <summary>Creates the provider without connecting; throws <see cref="ArgumentOutOfRangeException"/> for invalid options.</summary>
    public RedisPubSub(RedisOptions redisOptions, RedisSubscriptionOptions? options = null, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(redisOptions);
        this.redisOptions = redisOptions;
        this.options = options ?? new RedisSubscriptionOptions();
        this.options.Validate();
        this.loggerFactory = loggerFactory ?? NullLoggerFactory.Instance;
        logger = this.loggerFactory.CreateLogger<RedisPubSub>();
    }

    /// <summary>True while both connections are up.</summary>
    public bool IsConnected => publisher is { IsConnected: true } && subscriber is { IsConnected: true };

    /// <summary>The Redis channel of <paramref name="topic"/>.</summary>
    public string ChannelOf(string topic) => options.TopicPrefix + topic;

    /// <summary>Opens both connections now instead of on first use; throws <see cref="RedisConnectionException"/> when Redis cannot be reached.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken = default) =>
        await ConnectionsAsync(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    /// <remarks>
    /// Fails fast instead of waiting for Redis: while the connection is down this throws
    /// <see cref="RedisConnectionException"/> at once, and a publish cut off by a dropping connection throws it too
    /// (it may or may not have been delivered). It is never retried: the caller decides, e.g. keeps the stored
    /// notification and goes on. No reply in time is a <see cref="RedisTimeoutException"/>.
    /// </remarks>
    public async ValueTask SendAsync<TMessage>(string topic, TMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        var payload = JsonSerializer.Serialize(message, options.JsonSerializerOptions);
        await PublishAsync(topic, payload, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>Publishes an empty payload, which completes the topic on every instance; fails fast like <see cref="SendAsync"/>.</remarks>
    public async ValueTask CompleteAsync(string topic, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        await PublishAsync(topic, string.Empty, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Returns once Redis confirmed the channel's subscription (at once for a topic this instance already subscribes
    /// to). While the pub/sub connection is reconnecting it returns at once and the topic is subscribed when Redis is
    /// back; before the first connection ever succeeded it throws <see cref="RedisConnectionException"/>.
    /// </remarks>
    public async ValueTask<ISourceStream<TMessage>> SubscribeAsync<TMessage>(
        string topic, int? bufferCapacity, TopicBufferFullMode? bufferFullMode, CancellationToken cancellationToken = default)
    {
        var stream = TopicStream.Create<TMessage>(topic, options, bufferCapacity, bufferFullMode, RemoveAsync, logger);
        var (_, pubSub) = await ConnectionsAsync(cancellationToken).ConfigureAwait(false);
        await changes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var entry = Find(topic);
            if (entry is null)
            {
                entry = new RedisTopic(topic, options.JsonSerializerOptions, logger, OnTopicCompleted);
                entry.Subscription = await pubSub.SubscribeAsync(ChannelOf(topic), entry.OnMessage, cancellationToken).ConfigureAwait(false);
                lock (topics)
                {
                    topics.Add(topic, entry);
                }
            }

            entry.Add(stream);
            return stream;
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>How many local streams <paramref name="topic"/> has now.</summary>
    public int SubscriberCount(string topic) => Find(topic)?.Count ?? 0;

    /// <summary>Ends every local stream, then closes both connections.</summary>
    public async ValueTask DisposeAsync()
    {
        await changes.WaitAsync().ConfigureAwait(false);
        try
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            RedisTopic[] open;
            lock (topics)
            {
                open = [.. topics.Values];
                topics.Clear();
            }

            foreach (var entry in open)
            {
                entry.Complete();
            }
        }
        finally
        {
            changes.Release();
        }

        if (subscriber is not null)
        {
            await subscriber.DisposeAsync().ConfigureAwait(false);
        }

        if (publisher is not null)
        {
            await publisher.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task PublishAsync(string topic, string payload, CancellationToken cancellationToken)
    {
        var (connection, _) = await ConnectionsAsync(cancellationToken).ConfigureAwait(false);
        if (!connection.IsConnected)
        {
            throw new RedisConnectionException(redisOptions.Endpoint,
                $"not connected (reconnecting), so nothing was published to topic '{topic}'");
        }

        try
        {
            await connection.PublishAsync(ChannelOf(topic), payload, cancellationToken).ConfigureAwait(false);
        }
        catch (RedisConnectionException error)
        {
            throw new RedisConnectionException(redisOptions.Endpoint,
                $"the connection dropped while publishing to topic '{topic}', which may or may not have been delivered", error);
        }
    }

    /// <summary>The two connections, opened on first use; a failed first connect throws and is retried by the next call.</summary>
    private async ValueTask<(RedisConnection Publisher, RedisSubscriber Subscriber)> ConnectionsAsync(CancellationToken cancellationToken)
    {
        if (publisher is { } openPublisher && subscriber is { } openSubscriber)
        {
            return (openPublisher, openSubscriber);
        }

        await changes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            publisher ??= await RedisConnection.ConnectAsync(
                redisOptions, loggerFactory.CreateLogger<RedisConnection>(), cancellationToken).ConfigureAwait(false);
            subscriber ??= await RedisSubscriber.ConnectAsync(
                redisOptions, loggerFactory.CreateLogger<RedisSubscriber>(), cancellationToken).ConfigureAwait(false);
            return (publisher, subscriber);
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>A stream was disposed: forget it, and unsubscribe the channel when it was the topic's last.</summary>
    private async ValueTask RemoveAsync(TopicStream stream)
    {
        await changes.WaitAsync().ConfigureAwait(false);
        try
        {
            if (Find(stream.Topic) is { } entry && entry.Remove(stream))
            {
                await UnsubscribeIfEmptyAsync(entry).ConfigureAwait(false);
            }
        }
        finally
        {
            changes.Release();
        }
    }

    /// <summary>Another instance (or this one) completed the topic: unsubscribe unless someone subscribed again meanwhile.</summary>
    private void OnTopicCompleted(RedisTopic entry) => _ = Task.Run(async () =>
    {
        await changes.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!disposed)
            {
                await UnsubscribeIfEmptyAsync(entry).ConfigureAwait(false);
            }
        }
        finally
        {
            changes.Release();
        }
    });

    /// <summary>Forgets a topic without local streams and unsubscribes its channel. Callers hold <see cref="changes"/>.</summary>
    private async Task UnsubscribeIfEmptyAsync(RedisTopic entry)
    {
        lock (topics)
        {
            if (entry.Count > 0 || topics.GetValueOrDefault(entry.Topic) != entry)
            {
                return;
            }

            topics.Remove(entry.Topic);
        }

        // Failures are logged by the subscriber; the channel is then left out when it re-subscribes after a reconnect.
        await entry.Subscription!.DisposeAsync().ConfigureAwait(false);
    }

    private RedisTopic? Find(string topic)
    {
        lock (topics)
        {
            return topics.GetValueOrDefault(topic);
        }
    }
}
