using Microsoft.Extensions.Logging;

namespace GraphQL.Tests.Subscriptions;

/// <summary>Keeps the warnings logged to it, formatted.</summary>
internal sealed class WarningLogger<T> : ILogger<T>
{
    private readonly List<string> warnings = [];

    public IReadOnlyList<string> Warnings
    {
        get
        {
            lock (warnings)
            {
                return [.. warnings];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel == LogLevel.Warning)
        {
            lock (warnings)
            {
                warnings.Add(formatter(state, exception));
            }
        }
    }
}
