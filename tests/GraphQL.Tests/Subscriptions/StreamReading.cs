using GraphQL.Subscriptions;

namespace GraphQL.Tests.Subscriptions;

/// <summary>Reading helpers that fail a test instead of hanging it.</summary>
internal static class StreamReading
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    /// <summary>Reads until the stream ends (the topic was completed); fails if it does not end in time.</summary>
    public static async Task<List<T>> ReadToEndAsync<T>(this ISourceStream<T> stream)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var messages = new List<T>();
        await foreach (var message in stream.WithCancellation(timeout.Token))
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>Reads exactly <paramref name="count"/> messages from an enumerator that stays open.</summary>
    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerator<T> messages, int count)
    {
        var taken = new List<T>();
        while (taken.Count < count)
        {
            var next = messages.MoveNextAsync().AsTask();
            if (await Task.WhenAny(next, Task.Delay(Patience)) != next)
            {
                Assert.Fail($"Only {taken.Count} of {count} messages arrived within {Patience.TotalSeconds} s.");
            }

            Assert.True(await next, $"The stream ended after {taken.Count} of {count} messages.");
            taken.Add(messages.Current);
        }

        return taken;
    }
}
