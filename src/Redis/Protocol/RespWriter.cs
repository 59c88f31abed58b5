using System.Buffers;
using System.Globalization;
using System.Text;

namespace GraphApi.Redis.Protocol;

/// <summary>Writes a command as a RESP2 array of bulk strings straight into the connection's output buffer.</summary>
internal static class RespWriter
{
    private const int MaxHeaderLength = 1 + 20 + 2;
    private const int MaxNumberLength = 32;

    /// <summary>Argument types a command may carry: strings (UTF-8), bytes, and numbers (invariant culture).</summary>
    public static bool IsSupported(object? argument) =>
        argument is string or byte[] or ReadOnlyMemory<byte> or int or long or double;

    public static void WriteCommand(IBufferWriter<byte> output, IReadOnlyList<object> arguments)
    {
        WriteHeader(output, (byte)'*', arguments.Count);
        for (var i = 0; i < arguments.Count; i++)
        {
            WriteArgument(output, arguments[i]);
        }
    }

    private static void WriteArgument(IBufferWriter<byte> output, object argument)
    {
        switch (argument)
        {
            case string text:
                var length = Encoding.UTF8.GetByteCount(text);
                WriteHeader(output, (byte)'$', length);
                var span = output.GetSpan(length + 2);
                Encoding.UTF8.GetBytes(text, span);
                "\r\n"u8.CopyTo(span[length..]);
                output.Advance(length + 2);
                break;
            case byte[] bytes:
                WriteBulk(output, bytes);
                break;
            case ReadOnlyMemory<byte> memory:
                WriteBulk(output, memory.Span);
                break;
            case IUtf8SpanFormattable number:
                Span<byte> digits = stackalloc byte[MaxNumberLength];
                number.TryFormat(digits, out var written, default, CultureInfo.InvariantCulture);
                WriteBulk(output, digits[..written]);
                break;
            default:
                throw new ArgumentException($"Redis command arguments cannot be of type {argument.GetType().Name}.", nameof(argument));
        }
    }

    private static void WriteBulk(IBufferWriter<byte> output, ReadOnlySpan<byte> value)
    {
        WriteHeader(output, (byte)'$', value.Length);
        var span = output.GetSpan(value.Length + 2);
        value.CopyTo(span);
        "\r\n"u8.CopyTo(span[value.Length..]);
        output.Advance(value.Length + 2);
    }

    private static void WriteHeader(IBufferWriter<byte> output, byte prefix, int count)
    {
        var span = output.GetSpan(MaxHeaderLength);
        span[0] = prefix;
        count.TryFormat(span[1..], out var written, default, CultureInfo.InvariantCulture);
        "\r\n"u8.CopyTo(span[(1 + written)..]);
        output.Advance(1 + written + 2);
    }
}
