using System.Buffers;
using System.Text;
using GraphApi.Redis.Protocol;

namespace GraphApi.Redis.Tests;

public class RespProtocolTests
{
    [Fact]
    public void Parses_every_reply_type()
    {
        Assert.Equal("OK", Parse("+OK\r\n").AsString());
        Assert.Equal("ERR bad", Parse("-ERR bad\r\n").ErrorMessage);
        Assert.Equal(-42, Parse(":-42\r\n").AsInt64());
        Assert.Equal("héllo", Parse("$6\r\nhéllo\r\n").AsString());
        Assert.Equal("", Parse("$0\r\n\r\n").AsString());
        Assert.True(Parse("$-1\r\n").IsNull);
        Assert.True(Parse("*-1\r\n").IsNull);
        Assert.Empty(Parse("*0\r\n").Elements!);
    }

    [Fact]
    public void Parses_nested_arrays_and_bulk_strings_containing_crlf()
    {
        var reply = Parse("*3\r\n:1\r\n*2\r\n$4\r\na\r\nb\r\n$-1\r\n+x\r\n");

        Assert.Equal("[1, [a\r\nb, (null)], x]", reply.ToString());
        var inner = reply.Elements![1].Elements!;
        Assert.Equal("a\r\nb", inner[0].AsString());
        Assert.True(inner[1].IsNull);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+OK")]
    [InlineData("$5\r\nabc")]
    [InlineData("$3\r\nabc")]
    [InlineData("*2\r\n:1\r\n")]
    public void Reports_an_incomplete_reply_without_consuming_it(string partial)
    {
        var reader = new SequenceReader<byte>(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(partial)));

        Assert.False(RespParser.TryRead(ref reader, out _));
    }

    [Fact]
    public void Parses_a_reply_split_across_buffer_segments()
    {
        var reply = Parse(Segments("*2\r\n:12", "34\r\n$3\r", "\nabc\r\n"));

        Assert.Equal(1234, reply.Elements![0].AsInt64());
        Assert.Equal("abc", reply.Elements[1].AsString());
    }

    [Theory]
    [InlineData("!oops\r\n", "Unexpected RESP type byte 0x21")]
    [InlineData(":12x\r\n", "\"12x\" where an integer was expected")]
    [InlineData("$2\r\nabcd\r\n", "not followed by CRLF")]
    public void Rejects_invalid_resp(string input, string expected)
    {
        var error = Assert.Throws<RedisProtocolException>(() => Parse(input));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Writes_a_command_as_an_array_of_bulk_strings()
    {
        var output = new ArrayBufferWriter<byte>();

        RespWriter.WriteCommand(output, ["SET", "kéy", new byte[] { 1, 2 }, 42, -7L, 1.5, new ReadOnlyMemory<byte>([65])]);

        Assert.Equal("*7\r\n$3\r\nSET\r\n$4\r\nkéy\r\n$2\r\n\u0001\u0002\r\n$2\r\n42\r\n$2\r\n-7\r\n$3\r\n1.5\r\n$1\r\nA\r\n",
            Encoding.UTF8.GetString(output.WrittenSpan));
    }

    private static RedisReply Parse(string input) => Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(input)));

    private static RedisReply Parse(ReadOnlySequence<byte> input)
    {
        var reader = new SequenceReader<byte>(input);
        Assert.True(RespParser.TryRead(ref reader, out var reply));
        Assert.True(reader.End);
        return reply;
    }

    private static ReadOnlySequence<byte> Segments(params string[] parts)
    {
        var first = new Segment(Encoding.UTF8.GetBytes(parts[0]), 0);
        var last = first;
        foreach (var part in parts.Skip(1))
        {
            last = last.Append(Encoding.UTF8.GetBytes(part));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes, long runningIndex)
        {
            Memory = bytes;
            RunningIndex = runningIndex;
        }

        public Segment Append(byte[] bytes)
        {
            var next = new Segment(bytes, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
