using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>A logger provider that keeps the formatted warnings (and worse) of every category, to assert what was logged.</summary>
internal sealed class WarningLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _warnings = new();

    /// <summary>The warnings logged so far whose message contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Containing(string text) => [.. _warnings.Where(warning => warning.Contains(text, StringComparison.Ordinal))];

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
