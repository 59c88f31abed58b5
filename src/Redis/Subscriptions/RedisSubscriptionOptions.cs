using System.Text.Json;
using GraphQL.Subscriptions;

namespace GraphApi.Redis.Subscriptions;

/// <summary>Settings of <see cref="RedisPubSub"/>: the per-subscriber buffer (inherited), the channel prefix and the JSON format.</summary>
public sealed class RedisSubscriptionOptions : SubscriptionOptions
{
    /// <summary>The default of <see cref="TopicPrefix"/>.</summary>
    public const string DefaultTopicPrefix = "graphapi:";

    /// <summary>
    /// Put before every topic to make its Redis channel (<c>graphapi:User:42:NotificationReceived</c>), so that several
    /// applications can share one Redis. May be empty, not null. Default <c>graphapi:</c>.
    /// </summary>
    public string TopicPrefix { get; set; } = DefaultTopicPrefix;

    /// <summary>How messages are written to and read from JSON. Default: <see cref="JsonSerializerDefaults.Web"/> (camelCase names).</summary>
    public JsonSerializerOptions JsonSerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public override void Validate()
    {
        base.Validate();
        if (TopicPrefix is null)
        {
            throw new ArgumentOutOfRangeException(nameof(TopicPrefix), $"{nameof(TopicPrefix)} may be empty but not null.");
        }

        if (JsonSerializerOptions is null)
        {
            throw new ArgumentOutOfRangeException(nameof(JsonSerializerOptions), $"{nameof(JsonSerializerOptions)} must be set.");
        }
    }
}
