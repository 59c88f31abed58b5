using Microsoft.Extensions.Logging;

namespace GraphApi.Redis.Tests.Subscriptions;

/// <summary>One recording logger for every category, so a test can read what the provider and its connections logged.</summary>
internal sealed class RecordingLoggerFactory : ILoggerFactory
{
    public RecordingLogger<RecordingLoggerFactory> Logger { get; } = new();

    public ILogger CreateLogger(string categoryName) => Logger;

    public void AddProvider(ILoggerProvider provider) => throw new NotSupportedException();

    public void Dispose()
    {
    }
}
