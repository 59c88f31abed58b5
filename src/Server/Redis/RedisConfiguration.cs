using GraphApi.Redis;

namespace GraphApi.Server.Redis;

/// <summary>The Redis the server uses, from <c>ConnectionStrings:Redis</c>: the topic provider and the readiness check.</summary>
internal static class RedisConfiguration
{
    /// <summary>The options of <c>ConnectionStrings:Redis</c>, or null when it is not set (the server then runs without Redis).</summary>
    /// <exception cref="FormatException">The connection string is malformed; the message names the setting and the problem.</exception>
    public static RedisOptions? Read(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }
        try
        {
            return RedisOptions.Parse(connectionString);
        }
        catch (FormatException error)
        {
            throw new FormatException($"ConnectionStrings:Redis '{connectionString}' is not 'host[:port][,option=value…]': {error.Message}", error);
        }
    }
}
