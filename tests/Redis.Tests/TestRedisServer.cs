using GraphApi.Testing;

namespace GraphApi.Redis.Tests;

/// <summary>Options for the shared test Redis with a unique client name, and unique key names so tests never collide.</summary>
internal static class TestRedisServer
{
    public static RedisOptions Options(TimeSpan? commandTimeout = null) =>
        RedisOptions.Parse(TestRedis.ConnectionString) with
        {
            ClientName = "graphapi-redis-tests-" + Guid.NewGuid().ToString("N"),
            CommandTimeout = commandTimeout ?? TimeSpan.FromSeconds(5),
        };

    public static string UniqueKey(string purpose) => $"graphapi-redis-tests:{purpose}:{Guid.NewGuid():N}";

    /// <summary>Closes, from another connection, the server side of every connection named <paramref name="clientName"/>.</summary>
    public static async Task KillClientAsync(RedisConnection admin, string clientName)
    {
        var clients = (await admin.ExecuteAsync("CLIENT", "LIST")).AsString()!;
        var ids = clients.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains($" name={clientName} ", StringComparison.Ordinal))
            .Select(line => line.Split(' ')[0]["id=".Length..])
            .ToList();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            await admin.ExecuteAsync("CLIENT", "KILL", "ID", id);
        }
    }

    /// <summary>Retries <paramref name="attempt"/> until it returns true or ten seconds pass.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> attempt, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await attempt())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(50);
        }
    }
}
