using GraphApi.Redis.Subscriptions;
using GraphQL.Subscriptions;
using Microsoft.Extensions.Logging;

namespace GraphApi.Redis.Tests.Subscriptions;

/// <summary>Providers on the shared Redis under a prefix unique to the test, and reading helpers that fail instead of hanging.</summary>
internal static class TopicTestKit
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static string UniquePrefix() => $"graphapi-redis-tests:{Guid.NewGuid():N}:";

    public static RedisPubSub Provider(string prefix, Action<RedisSubscriptionOptions>? configure = null, ILoggerFactory? loggers = null, string? connectionString = null)
    {
        var options = new RedisSubscriptionOptions { TopicPrefix = prefix };
        configure?.Invoke(options);
        var redis = connectionString is null ? TestRedisServer.Options() : RedisOptions.Parse(connectionString);
        return new RedisPubSub(redis, options, loggers);
    }

    public static async Task<List<T>> ReadToEndAsync<T>(this ISourceStream<T> stream)
    {
        using var timeout = new CancellationTokenSource(Patience);
        var messages = new List<T>();
        await foreach (var message in stream.WithCancellation(timeout.Token))
        {
            messages.Add(message);
        }

        return messages;
    }

    public static async Task<T> NextAsync<T>(this IAsyncEnumerator<T> messages)
    {
        var next = messages.MoveNextAsync().AsTask();
        Assert.True(await Task.WhenAny(next, Task.Delay(Patience)) == next, "No message arrived in time.");
        Assert.True(await next, "The stream ended instead of delivering a message.");
        return messages.Current;
    }

    /// <summary>How many clients Redis counts as subscribed to <paramref name="channel"/> (PUBSUB NUMSUB).</summary>
    public static async Task<long> SubscribedClientsAsync(RedisConnection redis, string channel) =>
        (await redis.ExecuteAsync("PUBSUB", "NUMSUB", channel)).Elements![1].AsInt64();
}
