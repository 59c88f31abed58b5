using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>A logger provider that keeps the formatted warnings (and worse) of every category, to assert what was logged.</summary>
internal sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _warnings = new();

    /// <summary>The warnings logged so far whose message contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Containing(string text) => [.. _warnings.Where(warning => warning.Contains(text, StringComparison.Ordinal))];

    /// <summary>
    /// The warnings containing <paramref name="text"/> once there is at least one: the session logs why it dropped a
    /// connection from its receive loop, which may run after the send side has already ended the subscriptions.
    /// </summary>
    public async Task<IReadOnlyList<string>> WaitForAsync(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Containing(text) is { Count: 0 })
        {
            Assert.True(DateTime.UtcNow < deadline, $"No warning containing \"{text}\" was logged.");
            await Task.Delay(10);
        }
        return Containing(text);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(_warnings);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> warnings) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                warnings.Enqueue(formatter(state, exception));
            }
        }
    }
}
