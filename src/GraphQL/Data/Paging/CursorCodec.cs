using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace GraphQL.Data;

/// <summary>
/// Cursors as base64 of a compact, typed encoding: a format byte, 4 bytes of the ordering's signature (which type,
/// which keys in which directions), the number of values, then each value as a type tag and its bytes. Decoding
/// checks the signature and each value's type against what the connection expects, so a cursor of another
/// connection or order is refused instead of being misread.
/// </summary>
internal static class CursorCodec
{
    private const byte Format = 1;

    private enum Tag : byte
    {
        Null, String, Boolean, Int32, Int64, Guid, DateTimeOffset, DateTime, Decimal, Double, DateOnly, TimeOnly, Int16, Byte, Single,
    }

    /// <summary>The first 4 bytes of the SHA-256 of the ordering's description.</summary>
    public static uint Signature(string ordering) =>
        BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(ordering)));

    public static string Encode(uint signature, ReadOnlySpan<object?> values)
    {
        using var stream = new MemoryStream(32);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Format);
            writer.Write(signature);
            writer.Write((byte)values.Length);
            foreach (var value in values)
            {
                Write(writer, value);
            }
        }
        return Convert.ToBase64String(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>The values of a cursor, each of the expected CLR type (null where null was encoded).</summary>
    /// <exception cref="InvalidCursorException">The cursor is not one this ordering made.</exception>
    public static object?[] Decode(string cursor, string argument, uint signature, IReadOnlyList<Type> keyTypes)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(cursor);
        }
        catch (FormatException)
        {
            throw new InvalidCursorException(argument, cursor, "it is not base64");
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
            if (reader.ReadByte() != Format || reader.ReadUInt32() != signature || reader.ReadByte() != keyTypes.Count)
            {
                throw new InvalidCursorException(argument, cursor, "it was made by another connection or for another order");
            }
            var values = new object?[keyTypes.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Read(reader, keyTypes[i]) ?? (IsNullable(keyTypes[i]) ? null : throw Mismatch(argument, cursor));
                if (values[i] is { } value && value.GetType() != (Nullable.GetUnderlyingType(keyTypes[i]) ?? keyTypes[i]))
                {
                    throw Mismatch(argument, cursor);
                }
            }
            if (reader.BaseStream.Position != bytes.Length)
            {
                throw new InvalidCursorException(argument, cursor, "it has trailing data");
            }
            return values;
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException or ArgumentException or DecoderFallbackException)
        {
            throw new InvalidCursorException(argument, cursor, "it is truncated or corrupt");
        }
    }

    private static InvalidCursorException Mismatch(string argument, string cursor) =>
        new(argument, cursor, "its values do not fit this connection's order");

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static void Write(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)Tag.Null); break;
            case string s: writer.Write((byte)Tag.String); writer.Write(s); break;
            case bool b: writer.Write((byte)Tag.Boolean); writer.Write(b); break;
            case int i: writer.Write((byte)Tag.Int32); writer.Write(i); break;
            case long l: writer.Write((byte)Tag.Int64); writer.Write(l); break;
            case short s: writer.Write((byte)Tag.Int16); writer.Write(s); break;
            case byte b: writer.Write((byte)Tag.Byte); writer.Write(b); break;
            case Guid g: writer.Write((byte)Tag.Guid); writer.Write(g.ToByteArray()); break;
            case DateTimeOffset d: writer.Write((byte)Tag.DateTimeOffset); writer.Write(d.Ticks); writer.Write((short)d.TotalOffsetMinutes); break;
            case DateTime d: writer.Write((byte)Tag.DateTime); writer.Write(d.ToBinary()); break;
            case decimal d: writer.Write((byte)Tag.Decimal); writer.Write(d); break;
            case double d: writer.Write((byte)Tag.Double); writer.Write(d); break;
            case float f: writer.Write((byte)Tag.Single); writer.Write(f); break;
            case DateOnly d: writer.Write((byte)Tag.DateOnly); writer.Write(d.DayNumber); break;
            case TimeOnly t: writer.Write((byte)Tag.TimeOnly); writer.Write(t.Ticks); break;
            default:
                throw new InvalidOperationException(
                    $"Keyset paging cannot put a value of type {value.GetType().Name} into a cursor; order by members of scalar types.");
        }
    }

    private static object? Read(BinaryReader reader, Type expected)
    {
        var tag = (Tag)reader.ReadByte();
        return tag switch
        {
            Tag.Null => null,
            Tag.String => reader.ReadString(),
            Tag.Boolean => reader.ReadBoolean(),
            Tag.Int32 => reader.ReadInt32(),
            Tag.Int64 => reader.ReadInt64(),
            Tag.Int16 => reader.ReadInt16(),
            Tag.Byte => reader.ReadByte(),
            Tag.Guid => new Guid(reader.ReadBytes(16)),
            Tag.DateTimeOffset => new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt16())),
            Tag.DateTime => DateTime.FromBinary(reader.ReadInt64()),
            Tag.Decimal => reader.ReadDecimal(),
            Tag.Double => reader.ReadDouble(),
            Tag.Single => reader.ReadSingle(),
            Tag.DateOnly => DateOnly.FromDayNumber(reader.ReadInt32()),
            Tag.TimeOnly => new TimeOnly(reader.ReadInt64()),
            _ => throw new ArgumentException($"Unknown cursor value tag {tag} (expected {expected.Name})."),
        };
    }
}
