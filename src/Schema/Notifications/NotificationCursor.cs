using System.Buffers.Binary;
using GraphQL.Execution;

namespace GraphApi.Schema.Notifications;

/// <summary>
/// The keyset cursor of the notifications list: a notification's (created_at, id), the list's order, as base64 of
/// 8 bytes of UTC ticks and the 16 bytes of the id.
/// </summary>
internal readonly record struct NotificationCursor(DateTimeOffset CreatedAt, Guid Id)
{
    private const int Length = sizeof(long) + 16;

    public static NotificationCursor Of(Notification notification) => new(notification.CreatedAt, notification.Id);

    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[sizeof(long)..], bigEndian: true, out _);
        return Convert.ToBase64String(bytes);
    }

    /// <exception cref="GraphQLException">The text is not a cursor of this list (<c>HC0016</c>).</exception>
    public static NotificationCursor Parse(string text)
    {
        Span<byte> bytes = stackalloc byte[Length + 3];
        if (!Convert.TryFromBase64String(text, bytes, out var written) || written != Length)
        {
            throw new GraphQLException($"The cursor \"{text}\" given as after is not a cursor of notifications.", ErrorCodes.InvalidValue);
        }
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw new GraphQLException($"The cursor \"{text}\" given as after is not a cursor of notifications.", ErrorCodes.InvalidValue);
        }
        return new NotificationCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[sizeof(long)..Length], bigEndian: true));
    }
}
