using System.Collections.Concurrent;

namespace GraphApi.Auth.RateLimiting;

/// <summary>
/// Fixed windows kept in this process, on the <see cref="TimeProvider"/>'s clock. Windows that have ended are removed
/// at most once a minute, during an increment, so idle keys cost nothing after their window.
/// </summary>
public sealed class InMemoryFixedWindowCounter(TimeProvider time) : IFixedWindowCounter
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>How many keys have a window in memory (ended ones included until the next sweep).</summary>
    public int Count => _windows.Count;

    public ValueTask<FixedWindowCount> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var now = time.GetUtcNow();
        SweepIfDue(now);
        while (true)
        {
            var entry = _windows.GetOrAdd(key, static (_, endsAt) => new Window(endsAt), now + window);
            lock (entry)
            {
                if (entry.IsRemoved)
                {
                    // A sweep removed it between the lookup and the lock: look again.
                    continue;
                }
                if (entry.EndsAt <= now)
                {
                    entry.EndsAt = now + window;
                    entry.Count = 0;
                }
                entry.Count++;
                return ValueTask.FromResult(new FixedWindowCount(entry.Count, entry.EndsAt - now));
            }
        }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextSweepTicks, (now + SweepInterval).UtcTicks, due) != due)
        {
            return;
        }
        foreach (var (key, entry) in _windows)
        {
            lock (entry)
            {
                if (entry.EndsAt <= now)
                {
                    entry.IsRemoved = true;
                    _windows.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Window(DateTimeOffset endsAt)
    {
        public DateTimeOffset EndsAt { get; set; } = endsAt;

        public long Count { get; set; }

        public bool IsRemoved { get; set; }
    }
}
