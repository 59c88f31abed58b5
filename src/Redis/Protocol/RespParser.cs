using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace GraphApi.Redis.Protocol;

/// <summary>
/// Reads one RESP2 reply from buffered bytes. Returns false when the buffer holds only part of a reply; the caller keeps
/// the bytes and calls again with more (a partial reply is parsed again from its start, which only costs on huge arrays).
/// </summary>
internal static class RespParser
{
    private static ReadOnlySpan<byte> CrLf => "\r\n"u8;

    public static bool TryRead(ref SequenceReader<byte> reader, out RedisReply reply)
    {
        reply = null!;
        if (!reader.TryRead(out var prefix) || !reader.TryReadTo(out ReadOnlySequence<byte> line, CrLf))
        {
            return false;
        }

        switch (prefix)
        {
            case (byte)'+':
                reply = RedisReply.SimpleString(Encoding.UTF8.GetString(line));
                return true;
            case (byte)'-':
                reply = RedisReply.Error(Encoding.UTF8.GetString(line));
                return true;
            case (byte)':':
                reply = RedisReply.Integer(ParseInteger(line));
                return true;
            case (byte)'$':
                return TryReadBulkString(ref reader, ParseInteger(line), out reply);
            case (byte)'*':
                return TryReadArray(ref reader, ParseInteger(line), out reply);
            default:
                throw new RedisProtocolException($"Unexpected RESP type byte 0x{prefix:X2} from Redis.");
        }
    }

    private static bool TryReadBulkString(ref SequenceReader<byte> reader, long length, out RedisReply reply)
    {
        reply = null!;
        if (length < 0)
        {
            reply = RedisReply.BulkString(null);
            return true;
        }

        if (reader.Remaining < length + CrLf.Length)
        {
            return false;
        }

        var bytes = new byte[length];
        reader.TryCopyTo(bytes);
        reader.Advance(length);
        if (!reader.IsNext(CrLf, advancePast: true))
        {
            throw new RedisProtocolException($"A bulk string of {length} bytes from Redis is not followed by CRLF.");
        }

        reply = RedisReply.BulkString(bytes);
        return true;
    }

    private static bool TryReadArray(ref SequenceReader<byte> reader, long count, out RedisReply reply)
    {
        reply = null!;
        if (count < 0)
        {
            reply = RedisReply.Array(null);
            return true;
        }

        var items = new RedisReply[count];
        for (var i = 0; i < items.Length; i++)
        {
            if (!TryRead(ref reader, out items[i]))
            {
                return false;
            }
        }

        reply = RedisReply.Array(items);
        return true;
    }

    private static long ParseInteger(in ReadOnlySequence<byte> line)
    {
        Span<byte> copy = stackalloc byte[20];
        var digits = line.IsSingleSegment ? line.FirstSpan : copy[..CopyShort(line, copy)];
        if (!Utf8Parser.TryParse(digits, out long value, out var consumed) || consumed != digits.Length)
        {
            throw new RedisProtocolException($"Redis sent \"{Encoding.UTF8.GetString(line)}\" where an integer was expected.");
        }

        return value;
    }

    private static int CopyShort(in ReadOnlySequence<byte> line, Span<byte> destination)
    {
        if (line.Length > destination.Length)
        {
            throw new RedisProtocolException($"Redis sent an integer line of {line.Length} bytes.");
        }

        line.CopyTo(destination);
        return (int)line.Length;
    }
}
