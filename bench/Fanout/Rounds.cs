using System.Diagnostics;

namespace GraphApi.Bench.Fanout;

/// <summary>
/// The receipt times of every subscriber for every round, and a signal when a round reached every subscriber.
/// Latency = receipt − the <see cref="Stopwatch"/> time just before the round's event was published.
/// </summary>
internal sealed class Rounds(int roundCount, int subscriberCount)
{
    private readonly long[] published = new long[roundCount];
    private readonly long[][] received = [.. Enumerable.Range(0, roundCount).Select(_ => new long[subscriberCount])];
    private readonly int[] counts = new int[roundCount];
    private readonly TaskCompletionSource[] complete =
        [.. Enumerable.Range(0, roundCount).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously))];

    public void Publishing(int round) => published[round] = Stopwatch.GetTimestamp();

    public void Received(int round, int subscriber, long timestamp)
    {
        received[round][subscriber] = timestamp;
        if (Interlocked.Increment(ref counts[round]) == subscriberCount)
        {
            complete[round].TrySetResult();
        }
    }

    /// <summary>Waits until every subscriber received the round; throws with how many did when it takes too long.</summary>
    public async Task WaitAsync(int round, TimeSpan timeout)
    {
        try
        {
            await complete[round].Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"Round {round}: only {Volatile.Read(ref counts[round])} of {subscriberCount} subscribers received the event within {timeout}.");
        }
    }

    /// <summary>Latencies of one round in milliseconds, sorted.</summary>
    public double[] Latencies(int round) =>
        [.. received[round].Select(at => Stopwatch.GetElapsedTime(published[round], at).TotalMilliseconds).Order()];
}
