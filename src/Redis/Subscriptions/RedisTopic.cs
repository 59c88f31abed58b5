using System.Text.Json;
using GraphQL.Subscriptions;
using Microsoft.Extensions.Logging;

namespace GraphApi.Redis.Subscriptions;

/// <summary>
/// One topic this instance subscribes to: its single Redis subscription and the local streams it fans out to. Each
/// message is read from JSON once per message type its subscribers ask for, then written to every stream's buffer.
/// <paramref name="onCompleted"/> runs (on the reader loop, so it must not wait) after a completion from Redis ended
/// every stream.
/// </summary>
internal sealed class RedisTopic(string topic, JsonSerializerOptions json, ILogger logger, Action<RedisTopic> onCompleted)
{
    private readonly Lock gate = new();
    private TopicStream[] streams = [];

    public string Topic => topic;

    /// <summary>The Redis subscription; set once Redis confirmed it.</summary>
    public RedisSubscription? Subscription { get; set; }

    public int Count => Volatile.Read(ref streams).Length;

    public void Add(TopicStream stream)
    {
        lock (gate)
        {
            streams = [.. streams, stream];
        }
    }

    /// <summary>Forgets the stream; false when it was not there (already completed).</summary>
    public bool Remove(TopicStream stream)
    {
        lock (gate)
        {
            if (Array.IndexOf(streams, stream) < 0)
            {
                return false;
            }

            streams = [.. streams.Where(s => s != stream)];
            return true;
        }
    }

    /// <summary>
    /// Handles a message from Redis, on the subscriber's reader loop (so it never waits): an empty payload completes the
    /// topic, anything else is a JSON message.
    /// </summary>
    public void OnMessage(RedisMessage message)
    {
        if (message.Payload.Length == 0)
        {
            Complete();
            onCompleted(this);
            return;
        }

        var targets = Volatile.Read(ref streams);
        List<(Type Type, object? Value, bool Valid)> decoded = [];
        foreach (var stream in targets)
        {
            var index = decoded.FindIndex(d => d.Type == stream.MessageType);
            if (index < 0)
            {
                decoded.Add(Decode(message, stream.MessageType));
                index = decoded.Count - 1;
            }

            if (decoded[index].Valid)
            {
                stream.Write(decoded[index].Value);
            }
        }
    }

    /// <summary>Ends every current stream (they read what is buffered first); later subscribers start afresh.</summary>
    public void Complete()
    {
        TopicStream[] completed;
        lock (gate)
        {
            completed = streams;
            streams = [];
        }

        foreach (var stream in completed)
        {
            stream.Complete();
        }
    }

    private (Type, object?, bool) Decode(RedisMessage message, Type type)
    {
        try
        {
            var value = JsonSerializer.Deserialize(message.Payload, type, json);
            if (value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                throw new JsonException($"null is not a {type.Name}.");
            }

            return (type, value, true);
        }
        catch (JsonException error)
        {
            logger.LogWarning(error, "A message on Redis channel {Channel} (topic {Topic}) is not a {MessageType} in JSON and was skipped",
                message.Channel, topic, type.Name);
            return (type, null, false);
        }
    }
}
