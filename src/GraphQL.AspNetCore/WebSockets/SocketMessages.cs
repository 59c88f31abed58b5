using System.Text.Json;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>Writes the messages both subprotocols share the shape of: <c>{"id":…,"type":…,"payload":…}</c>.</summary>
internal static class SocketMessages
{
    public static void Write(Utf8JsonWriter writer, string type, string? id = null, Action<Utf8JsonWriter>? payload = null)
    {
        writer.WriteStartObject();
        if (id is not null)
        {
            writer.WriteString("id", id);
        }
        writer.WriteString("type", type);
        if (payload is not null)
        {
            writer.WritePropertyName("payload");
            payload(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>The message's <c>id</c> when it is a non-empty string, else null.</summary>
    public static string? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } value
            ? value
            : null;
}
