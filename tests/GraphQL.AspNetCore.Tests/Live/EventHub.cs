using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphQL.AspNetCore.Tests.Live;

/// <summary>
/// An in-memory publish/subscribe hub feeding the live test schema: each subscriber of a topic gets its own channel,
/// and the hub counts the subscribers a topic has, so tests can wait until a subscription is live and see when the
/// server disposes its stream.
/// </summary>
internal sealed class EventHub
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Channel<string>, byte>> _topics = new();

    public int SubscriberCount(string topic) => _topics.TryGetValue(topic, out var subscribers) ? subscribers.Count : 0;

    public void Publish(string topic, string message)
    {
        foreach (var subscriber in _topics.GetOrAdd(topic, _ => new()).Keys)
        {
            subscriber.Writer.TryWrite(message);
        }
    }

    /// <summary>The topic's messages from now on; the subscriber is counted until the enumerator is disposed.</summary>
    public async IAsyncEnumerable<object?> SubscribeAsync(string topic, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateUnbounded<string>();
        var subscribers = _topics.GetOrAdd(topic, _ => new());
        subscribers[channel] = 0;
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return message;
            }
        }
        finally
        {
            subscribers.TryRemove(channel, out _);
        }
    }

    /// <summary>Waits until <paramref name="topic"/> has <paramref name="count"/> subscribers; fails after a generous limit.</summary>
    public async Task WaitForSubscribersAsync(string topic, int count)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (SubscriberCount(topic) != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Topic \"{topic}\" has {SubscriberCount(topic)} subscribers, not {count}.");
            await Task.Delay(10);
        }
    }
}
