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

        // Subscribers of one topic nearly always share one message type: decode once per type, not once per stream.
        List<Decoded>? decoded = null;
        foreach (var stream in Volatile.Read(ref streams))
        {
            var found = Find(decoded, stream.MessageType);
            if (found is null)
            {
                found = Decode(message, stream.MessageType);
                (decoded ??= []).Add(found);
            }

            if (found.IsValid)
            {
                stream.Write(found.Value);
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

    private Decoded Decode(RedisMessage message, Type type)
    {
        try
        {
            var value = JsonSerializer.Deserialize(message.Payload, type, json);
            if (value is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                throw new JsonException($"null is not a {type.Name}.");
            }

            return new Decoded(type, value, IsValid: true);
        }
        catch (JsonException error)
        {
            logger.LogWarning(error, "A message on Redis channel {Channel} (topic {Topic}) is not a {MessageType} in JSON and was skipped",
                message.Channel, topic, type.Name);
            return new Decoded(type, null, IsValid: false);
        }
    }

    private static Decoded? Find(List<Decoded>? decoded, Type type)
    {
        if (decoded is null)
        {
            return null;
        }

        foreach (var candidate in decoded)
        {
            if (candidate.Type == type)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A message read as one type; not valid when its JSON did not fit the type.</summary>
    private sealed record Decoded(Type Type, object? Value, bool IsValid);
}
