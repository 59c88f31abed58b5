using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphQL.Relay;

/// <summary>
/// Global ids in HotChocolate v14's format: base64 of the UTF-8 bytes of <c>TypeName:value</c>, where the value of a
/// string is its UTF-8 text, of a <see cref="short"/>, <see cref="int"/> or <see cref="long"/> its decimal digits,
/// and of a <see cref="Guid"/> its 16 raw bytes (the compressed form). Parsing accepts what v14 accepts: missing
/// or extra padding, Guids as 32 hex digits, and the legacy form <c>TypeName\n</c> followed by a one-letter value code
/// (<c>d</c> string, <c>s</c> short, <c>i</c> int, <c>l</c> long, <c>g</c> Guid as hex digits).
/// </summary>
public static class GlobalId
{
    /// <summary>The longest global id read, in characters (HotChocolate's default); longer ones are invalid.</summary>
    public const int MaxLength = 1024;

    private const byte Delimiter = (byte)':';
    private const byte LegacyDelimiter = (byte)'\n';
    private const int GuidByteCount = 16;

    /// <summary>Whether ids of this CLR type can be written as global ids.</summary>
    public static bool IsSupportedIdType(Type type) =>
        type == typeof(string) || type == typeof(short) || type == typeof(int) || type == typeof(long) || type == typeof(Guid);

    /// <summary>The global id of the object of type <paramref name="typeName"/> whose raw id is <paramref name="internalId"/>.</summary>
    /// <exception cref="ArgumentException">The id is of a type global ids cannot hold.</exception>
    public static string Format(string typeName, object internalId)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(internalId);
        var value = internalId switch
        {
            string text => Encoding.UTF8.GetBytes(text),
            short or int or long => Encoding.UTF8.GetBytes(((IFormattable)internalId).ToString(null, CultureInfo.InvariantCulture)),
            Guid guid => guid.ToByteArray(),
            _ => throw new ArgumentException(
                $"A global id cannot hold a value of type '{internalId.GetType().Name}'; ids are strings, Int16, Int32, Int64 or Guid.", nameof(internalId)),
        };
        var name = Encoding.UTF8.GetBytes(typeName);
        var bytes = new byte[name.Length + 1 + value.Length];
        name.CopyTo(bytes, 0);
        bytes[name.Length] = Delimiter;
        value.CopyTo(bytes, name.Length + 1);
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Reads a global id whose raw id has the CLR type <paramref name="runtimeType"/>.</summary>
    /// <exception cref="InvalidNodeIdException">The string is not such a global id.</exception>
    public static NodeId Parse(string formattedId, Type runtimeType) => Parse(formattedId, _ => runtimeType);

    /// <summary>
    /// Reads a global id whose raw id's CLR type depends on the type it names (<paramref name="runtimeTypeOf"/>;
    /// null reads the id as a string).
    /// </summary>
    /// <exception cref="InvalidNodeIdException">The string is not a global id, or its value does not fit the type.</exception>
    public static NodeId Parse(string formattedId, Func<string, Type?> runtimeTypeOf)
    {
        ArgumentNullException.ThrowIfNull(formattedId);
        var bytes = Decode(formattedId);
        var delimiter = bytes.AsSpan().IndexOfAny(Delimiter, LegacyDelimiter);
        if (delimiter <= 0)
        {
            throw new InvalidNodeIdException(formattedId);
        }
        var typeName = Encoding.UTF8.GetString(bytes, 0, delimiter);
        var runtimeType = runtimeTypeOf(typeName) ?? typeof(string);
        var isLegacy = bytes[delimiter] == LegacyDelimiter;
        var valueStart = delimiter + (isLegacy ? 2 : 1);
        // Like HotChocolate, the legacy form's value code is skipped, not checked: the id type decides.
        if (valueStart > bytes.Length)
        {
            throw new InvalidNodeIdException(formattedId);
        }
        var value = ParseValue(bytes.AsSpan(valueStart), runtimeType)
            ?? throw new InvalidNodeIdException(formattedId);
        return new NodeId(typeName, value);
    }

    private static byte[] Decode(string formattedId)
    {
        if (formattedId.Length == 0 || formattedId.Length > MaxLength)
        {
            throw new InvalidNodeIdException(formattedId);
        }
        var unpadded = formattedId.AsSpan().TrimEnd('=');
        if (unpadded.Length % 4 == 1)
        {
            throw new InvalidNodeIdException(formattedId);
        }
        var padded = string.Concat(unpadded, new string('=', (4 - unpadded.Length % 4) % 4));
        var buffer = new byte[padded.Length / 4 * 3];
        return Convert.TryFromBase64String(padded, buffer, out var written)
            ? buffer[..written]
            : throw new InvalidNodeIdException(formattedId);
    }

    /// <summary>The raw id, or null when the bytes are not a value of the type.</summary>
    private static object? ParseValue(ReadOnlySpan<byte> value, Type runtimeType)
    {
        if (runtimeType == typeof(string))
        {
            return Encoding.UTF8.GetString(value);
        }
        if (runtimeType == typeof(short))
        {
            return Utf8Parser.TryParse(value, out short number, out var used) && used == value.Length ? number : null;
        }
        if (runtimeType == typeof(int))
        {
            return Utf8Parser.TryParse(value, out int number, out var used) && used == value.Length ? number : null;
        }
        if (runtimeType == typeof(long))
        {
            return Utf8Parser.TryParse(value, out long number, out var used) && used == value.Length ? number : null;
        }
        if (runtimeType == typeof(Guid))
        {
            if (value.Length == GuidByteCount)
            {
                return new Guid(value);
            }
            return Utf8Parser.TryParse(value, out Guid guid, out var used, 'N') && used == value.Length ? guid : null;
        }
        throw new ArgumentException(
            $"Global ids cannot hold values of type '{runtimeType.Name}'; ids are strings, Int16, Int32, Int64 or Guid.", nameof(runtimeType));
    }
}
