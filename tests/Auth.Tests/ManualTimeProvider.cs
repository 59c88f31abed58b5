namespace GraphApi.Auth.Tests;

/// <summary>A clock that stands still until a test moves it (Microsoft.Extensions.TimeProvider.Testing is not available).</summary>
public sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    public static readonly DateTimeOffset DefaultStart = new(2025, 3, 1, 9, 30, 0, TimeSpan.Zero);

    private DateTimeOffset _now = start;

    public ManualTimeProvider()
        : this(DefaultStart)
    {
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
