using System.Globalization;
using System.Text;

namespace GraphApi.Redis;

/// <summary>The five RESP2 reply types.</summary>
public enum RedisReplyKind
{
    SimpleString,
    Error,
    Integer,
    BulkString,
    Array,
}

/// <summary>One RESP2 reply. Bulk strings keep their raw bytes; <see cref="AsString"/> decodes them as UTF-8.</summary>
public sealed class RedisReply
{
    private static readonly RedisReply NullBulkString = new(RedisReplyKind.BulkString);
    private static readonly RedisReply NullArray = new(RedisReplyKind.Array);

    private readonly string? text;
    private readonly byte[]? bytes;
    private readonly RedisReply[]? elements;
    private readonly long integer;

    private RedisReply(RedisReplyKind kind, string? text = null, byte[]? bytes = null, RedisReply[]? elements = null, long integer = 0)
    {
        Kind = kind;
        this.text = text;
        this.bytes = bytes;
        this.elements = elements;
        this.integer = integer;
    }

    public RedisReplyKind Kind { get; }

    /// <summary>True for the null bulk string (<c>$-1</c>) and the null array (<c>*-1</c>).</summary>
    public bool IsNull => Kind switch
    {
        RedisReplyKind.BulkString => bytes is null,
        RedisReplyKind.Array => elements is null,
        _ => false,
    };

    /// <summary>The elements of an array reply; null for the null array.</summary>
    public IReadOnlyList<RedisReply>? Elements =>
        Kind == RedisReplyKind.Array ? elements : throw WrongKind("an array");

    /// <summary>The raw bytes of a bulk string; null for the null bulk string.</summary>
    public ReadOnlyMemory<byte>? Bytes =>
        Kind == RedisReplyKind.BulkString ? bytes : throw WrongKind("a bulk string");

    /// <summary>The error text of an error reply.</summary>
    public string ErrorMessage => Kind == RedisReplyKind.Error ? text! : throw WrongKind("an error");

    public static RedisReply SimpleString(string value) => new(RedisReplyKind.SimpleString, text: value);

    public static RedisReply Error(string message) => new(RedisReplyKind.Error, text: message);

    public static RedisReply Integer(long value) => new(RedisReplyKind.Integer, integer: value);

    public static RedisReply BulkString(byte[]? value) => value is null ? NullBulkString : new(RedisReplyKind.BulkString, bytes: value);

    public static RedisReply Array(RedisReply[]? items) => items is null ? NullArray : new(RedisReplyKind.Array, elements: items);

    /// <summary>A simple string, or a bulk string decoded as UTF-8 (null for the null bulk string).</summary>
    public string? AsString() => Kind switch
    {
        RedisReplyKind.SimpleString => text,
        RedisReplyKind.BulkString => bytes is null ? null : Encoding.UTF8.GetString(bytes),
        _ => throw WrongKind("a string"),
    };

    /// <summary>An integer reply, or a string reply holding a decimal integer (as GET of a counter returns).</summary>
    public long AsInt64()
    {
        if (Kind == RedisReplyKind.Integer)
        {
            return integer;
        }

        return long.TryParse(AsString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw WrongKind("an integer");
    }

    public override string ToString() => Kind switch
    {
        RedisReplyKind.Integer => integer.ToString(CultureInfo.InvariantCulture),
        RedisReplyKind.Array => elements is null ? "(null array)" : $"[{string.Join(", ", elements.Select(e => e.ToString()))}]",
        RedisReplyKind.Error => $"(error) {text}",
        _ => AsString() ?? "(null)",
    };

    private InvalidOperationException WrongKind(string expected) =>
        new($"The Redis reply is {Describe()}, not {expected}.");

    private string Describe() => Kind switch
    {
        RedisReplyKind.Error => $"the error \"{text}\"",
        _ => IsNull ? $"a null {Kind}" : $"a {Kind} ({this})",
    };
}
