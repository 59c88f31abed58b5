namespace GraphApi.Testing;

/// <summary>The Redis server the tests use: <c>ConnectionStrings__Redis</c> when set, otherwise the one <c>scripts/services</c> provides.</summary>
public static class TestRedis
{
    /// <summary>What <c>scripts/services</c> sets up.</summary>
    public const string DefaultConnectionString = "127.0.0.1:6379";

    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("ConnectionStrings__Redis") is { Length: > 0 } configured
            ? configured
            : DefaultConnectionString;
}
