namespace GraphApi.Redis;

/// <summary>One handler's subscription; disposing it removes the handler, and the last handler of a channel unsubscribes it.</summary>
public sealed class RedisSubscription : IAsyncDisposable
{
    private readonly RedisSubscriber subscriber;
    private int disposed;

    internal RedisSubscription(RedisSubscriber subscriber, SubscriptionKind kind, string name, Action<RedisMessage> handler)
    {
        this.subscriber = subscriber;
        Kind = kind;
        Name = name;
        Handler = handler;
    }

    /// <summary>The channel name, or the pattern for a pattern subscription.</summary>
    public string Name { get; }

    /// <summary>True for a pattern subscription (PSUBSCRIBE).</summary>
    public bool IsPattern => Kind == SubscriptionKind.Pattern;

    internal SubscriptionKind Kind { get; }

    internal Action<RedisMessage> Handler { get; }

    public ValueTask DisposeAsync() =>
        Interlocked.Exchange(ref disposed, 1) == 0 ? subscriber.RemoveAsync(this) : ValueTask.CompletedTask;
}
