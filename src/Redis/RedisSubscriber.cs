using GraphApi.Redis.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Redis;

/// <summary>
/// The dedicated pub/sub connection (RESP2 allows nothing else on a subscribed connection). Several handlers may share a
/// channel or pattern; Redis is subscribed once per name. Handlers run one after another on the connection's reader, in
/// the order Redis delivered the messages, so they must be quick (hand the message to your own buffer) — a slow handler
/// delays every message behind it. A throwing handler is logged and does not affect the others. After a reconnect every
/// channel and pattern that still has handlers is subscribed again.
/// </summary>
public sealed class RedisSubscriber : IAsyncDisposable
{
    private readonly RedisOptions options;
    private readonly ILogger logger;
    private readonly ConnectionSupervisor supervisor;
    private readonly SemaphoreSlim subscriptionChanges = new(1, 1);
    private readonly Dictionary<(SubscriptionKind Kind, string Name), RedisSubscription[]> handlers = [];
    private volatile PubSubSession? current;

    private RedisSubscriber(RedisOptions options, ILogger logger)
    {
        this.options = options;
        this.logger = logger;
        supervisor = new ConnectionSupervisor(options, logger, "pub/sub", ResubscribeAsync, RunSessionAsync);
    }

    /// <summary>False while the connection is down and being reopened.</summary>
    public bool IsConnected => supervisor.IsConnected;

    /// <summary>Opens the pub/sub connection; throws <see cref="RedisConnectionException"/> when Redis cannot be reached.</summary>
    public static async Task<RedisSubscriber> ConnectAsync(
        RedisOptions options, ILogger<RedisSubscriber>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var subscriber = new RedisSubscriber(options, logger ?? (ILogger)NullLogger.Instance);
        await subscriber.supervisor.StartAsync(cancellationToken).ConfigureAwait(false);
        return subscriber;
    }

    /// <summary>
    /// Calls <paramref name="handler"/> for every message published to <paramref name="channel"/>. When connected, returns
    /// once Redis confirmed the subscription (so later publishes reach it); while reconnecting, returns at once and the
    /// subscription starts when the connection is back.
    /// </summary>
    public Task<RedisSubscription> SubscribeAsync(string channel, Action<RedisMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(SubscriptionKind.Channel, channel, handler, cancellationToken);

    /// <summary>Like <see cref="SubscribeAsync"/> for every channel matching the glob <paramref name="pattern"/> (PSUBSCRIBE).</summary>
    public Task<RedisSubscription> PSubscribeAsync(string pattern, Action<RedisMessage> handler, CancellationToken cancellationToken = default) =>
        AddAsync(SubscriptionKind.Pattern, pattern, handler, cancellationToken);

    public async ValueTask DisposeAsync() => await supervisor.DisposeAsync().ConfigureAwait(false);

    internal async ValueTask RemoveAsync(RedisSubscription subscription)
    {
        await subscriptionChanges.WaitAsync().ConfigureAwait(false);
        try
        {
            if (RemoveHandler(subscription) && current is not null)
            {
                await SendAsync(subscription.Kind.UnsubscribeCommand(), subscription.Name, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (RedisException error)
        {
            // Not subscribed again after a reconnect anyway; until then its messages find no handler and are dropped.
            logger.LogWarning(error, "Redis unsubscribe from {Name} was not confirmed", subscription.Name);
        }
        finally
        {
            subscriptionChanges.Release();
        }
    }

    private async Task<RedisSubscription> AddAsync(
        SubscriptionKind kind, string name, Action<RedisMessage> handler, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new RedisSubscription(this, kind, name, handler);
        await subscriptionChanges.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (AddHandler(subscription) && current is not null)
            {
                await SendAsync(kind.SubscribeCommand(), name, cancellationToken).ConfigureAwait(false);
            }

            return subscription;
        }
        catch (RedisConnectionException error)
        {
            logger.LogDebug(error, "Redis subscription to {Name} waits for the pub/sub connection to come back", name);
            return subscription;
        }
        catch
        {
            RemoveHandler(subscription);
            throw;
        }
        finally
        {
            subscriptionChanges.Release();
        }
    }

    /// <summary>Sends one subscription change and waits for Redis's confirmation. Callers hold <see cref="subscriptionChanges"/>.</summary>
    private async Task SendAsync(string command, string name, CancellationToken cancellationToken)
    {
        var session = current ?? throw new RedisConnectionException(options.Endpoint, "the pub/sub connection is reconnecting");
        var confirmed = session.Write(command, name);
        try
        {
            await session.Socket.FlushAsync(cancellationToken).ConfigureAwait(false);
            await confirmed.WaitAsync(options.CommandTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            IgnoreLateFailure(confirmed);
            throw new RedisTimeoutException(command, options.CommandTimeout, options.Endpoint);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidOperationException)
        {
            IgnoreLateFailure(confirmed);
            throw new RedisConnectionException(options.Endpoint, $"the pub/sub connection failed while sending {command}", error);
        }
        catch (OperationCanceledException)
        {
            IgnoreLateFailure(confirmed);
            throw;
        }
    }

    /// <summary>Nobody awaits a confirmation once its caller gave up; observe its failure so it is not reported as unobserved.</summary>
    private static void IgnoreLateFailure(Task confirmation)
    {
        confirmation.ContinueWith(static task => _ = task.Exception, CancellationToken.None,
            TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Reads pushed messages and confirmations from the socket <see cref="ResubscribeAsync"/> prepared until it fails.</summary>
    private async Task RunSessionAsync(RespSocket _, CancellationToken stopping)
    {
        var session = current!;
        Exception? reason = null;
        try
        {
            await ReadLoopAsync(session, stopping).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            reason = error;
            throw;
        }
        finally
        {
            current = null;
            session.Close(reason);
        }
    }

    /// <summary>Makes a new socket the current session, subscribing again to everything that has handlers.</summary>
    private async Task ResubscribeAsync(RespSocket socket, CancellationToken stopping)
    {
        var session = new PubSubSession(socket, options.Endpoint);
        await subscriptionChanges.WaitAsync(stopping).ConfigureAwait(false);
        try
        {
            (SubscriptionKind Kind, string Name)[] names;
            lock (handlers)
            {
                names = [.. handlers.Keys];
            }

            foreach (var (kind, name) in names)
            {
                session.WriteUnawaited(kind.SubscribeCommand(), name);
            }

            await session.Socket.FlushAsync(stopping).ConfigureAwait(false);
            current = session;
            if (names.Length > 0)
            {
                logger.LogInformation("Redis pub/sub subscribed again to {Count} channel(s) and pattern(s)", names.Length);
            }
        }
        finally
        {
            subscriptionChanges.Release();
        }
    }

    private async Task ReadLoopAsync(PubSubSession session, CancellationToken stopping)
    {
        while (true)
        {
            var reply = await session.Socket.ReadReplyAsync(stopping).ConfigureAwait(false)
                ?? throw new EndOfStreamException("Redis closed the pub/sub connection.");
            if (reply.Kind == RedisReplyKind.Error)
            {
                session.Confirm(reply, "SUBSCRIBE");
                continue;
            }

            if (reply.Kind != RedisReplyKind.Array || reply.Elements is not { Count: >= 3 } items)
            {
                throw new RedisProtocolException($"Unexpected reply on the pub/sub connection: {reply}.");
            }

            switch (items[0].AsString())
            {
                case "message":
                    Dispatch(SubscriptionKind.Channel, new RedisMessage(items[1].AsString()!, null, items[2].AsString()!));
                    break;
                case "pmessage" when items.Count == 4:
                    Dispatch(SubscriptionKind.Pattern, new RedisMessage(items[2].AsString()!, items[1].AsString(), items[3].AsString()!));
                    break;
                case "subscribe" or "psubscribe" or "unsubscribe" or "punsubscribe":
                    session.Confirm(reply, items[0].AsString()!);
                    break;
                default:
                    throw new RedisProtocolException($"Unexpected message on the pub/sub connection: {reply}.");
            }
        }
    }

    private void Dispatch(SubscriptionKind kind, RedisMessage message)
    {
        RedisSubscription[]? targets;
        lock (handlers)
        {
            handlers.TryGetValue((kind, message.Pattern ?? message.Channel), out targets);
        }

        foreach (var subscription in targets ?? [])
        {
            try
            {
                subscription.Handler(message);
            }
            catch (Exception error)
            {
                logger.LogError(error, "Redis message handler for {Name} threw", subscription.Name);
            }
        }
    }

    /// <summary>Adds the handler; true when it is the first for its channel or pattern (Redis must be told).</summary>
    private bool AddHandler(RedisSubscription subscription)
    {
        lock (handlers)
        {
            var key = (subscription.Kind, subscription.Name);
            var existing = handlers.GetValueOrDefault(key);
            handlers[key] = existing is null ? [subscription] : [.. existing, subscription];
            return existing is null;
        }
    }

    /// <summary>Removes the handler; true when it was the last for its channel or pattern (Redis must be told).</summary>
    private bool RemoveHandler(RedisSubscription subscription)
    {
        lock (handlers)
        {
            var key = (subscription.Kind, subscription.Name);
            if (!handlers.TryGetValue(key, out var existing) || Array.IndexOf(existing, subscription) < 0)
            {
                return false;
            }

            RedisSubscription[] remaining = [.. existing.Where(s => s != subscription)];
            if (remaining.Length == 0)
            {
                handlers.Remove(key);
                return true;
            }

            handlers[key] = remaining;
            return false;
        }
    }
}
