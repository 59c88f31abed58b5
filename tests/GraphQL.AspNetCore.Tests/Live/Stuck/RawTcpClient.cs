using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>
/// A client on a bare TCP socket with a small receive buffer, so that a test decides exactly what is read and sent:
/// the WebSocket handshake and frames (masked, as clients must), or a server-sent events request, and then, if the
/// test wants, no reading at all. Waits fail after a generous limit.
/// </summary>
internal sealed class RawTcpClient : IAsyncDisposable
{
    private const int ReceiveBufferSize = 1024;
    private const int PingOpcode = 9;
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly NetworkStream _stream;
    private readonly BufferedStream _reader;
    private readonly Uri _server;

    private RawTcpClient(Socket socket, Uri server)
    {
        _server = server;
        _stream = new NetworkStream(socket, ownsSocket: true);
        _reader = new BufferedStream(_stream, 4096);
    }

    public static async Task<RawTcpClient> ConnectAsync(Uri server)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp)
        {
            ReceiveBufferSize = ReceiveBufferSize,   // before connecting, so the TCP window starts small
            NoDelay = true,
        };
        using var timeout = new CancellationTokenSource(WaitLimit);
        await socket.ConnectAsync(server.Host, server.Port, timeout.Token);
        return new RawTcpClient(socket, server);
    }

    /// <summary>Performs the WebSocket handshake at /graphql with <paramref name="protocol"/> and checks the 101 answer.</summary>
    public async Task UpgradeAsync(string protocol)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        await WriteAsync(Encoding.ASCII.GetBytes(
            $"GET /graphql HTTP/1.1\r\nHost: {_server.Authority}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
            $"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: {protocol}\r\n\r\n"));
        var head = await ReadHeadAsync();
        Assert.StartsWith("HTTP/1.1 101", head);
        var accept = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
        Assert.Contains($"Sec-WebSocket-Accept: {accept}", head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Posts <paramref name="query"/> to /graphql accepting <c>text/event-stream</c> and checks the 200 head.</summary>
    public async Task PostEventStreamAsync(string query)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query });
        await WriteAsync(Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {_server.Authority}\r\nContent-Type: application/json\r\n" +
            $"Accept: text/event-stream\r\nContent-Length: {body.Length}\r\n\r\n"));
        await WriteAsync(body);
        var head = await ReadHeadAsync();
        Assert.StartsWith("HTTP/1.1 200", head);
        Assert.Contains("Content-Type: text/event-stream", head, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Sends one JSON message as a single masked text frame.</summary>
    public Task SendMessageAsync(object message) => SendFrameStartAsync(JsonSerializer.SerializeToUtf8Bytes(message), sent: null);

    /// <summary>Sends a text frame's header announcing all of <paramref name="message"/>, then only its first <paramref name="sent"/> bytes.</summary>
    public Task SendPartialMessageAsync(object message, int sent) =>
        SendFrameStartAsync(JsonSerializer.SerializeToUtf8Bytes(message), sent);

    /// <summary>
    /// The next text message (graphql-transport-ws's <c>ping</c> is one too), answering no WebSocket Ping; fails on
    /// any other frame.
    /// </summary>
    public async Task<JsonElement> ReceiveMessageAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        var (opcode, payload) = await ReadFrameAsync(timeout.Token);
        while (opcode == PingOpcode)
        {
            (opcode, payload) = await ReadFrameAsync(timeout.Token);
        }
        Assert.True(opcode == 1, $"Expected a text frame, got opcode {opcode}.");
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Reads frames until the server drops the connection (end of stream or reset), answering no WebSocket Ping;
    /// returns the text messages read. Fails if a close frame comes instead (the server was to abort, not close) or
    /// nothing ends within the limit.
    /// </summary>
    public async Task<List<JsonElement>> ReceiveUntilDroppedAsync()
    {
        var messages = new List<JsonElement>();
        using var timeout = new CancellationTokenSource(WaitLimit);
        try
        {
            while (true)
            {
                var (opcode, payload) = await ReadFrameAsync(timeout.Token);
                if (opcode == PingOpcode)
                {
                    continue;
                }
                Assert.True(opcode == 1, $"Expected the connection to be dropped, got a frame with opcode {opcode}.");
                using var document = JsonDocument.Parse(payload);
                messages.Add(document.RootElement.Clone());
            }
        }
        catch (Exception exception) when (exception is EndOfStreamException or IOException)
        {
            return messages;
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The server did not drop the connection within {WaitLimit}.");
        }
    }

    /// <summary>Reads and discards whatever is buffered until the server drops the connection; fails after the limit.</summary>
    public async Task DrainUntilDroppedAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        var buffer = new byte[64 * 1024];
        try
        {
            while (await _reader.ReadAsync(buffer, timeout.Token) > 0)
            {
            }
        }
        catch (IOException)
        {
            // Reset by the server: dropped as well.
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The server did not drop the connection within {WaitLimit}.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _reader.DisposeAsync();
        await _stream.DisposeAsync();
    }

    private async Task SendFrameStartAsync(byte[] payload, int? sent)
    {
        var header = new List<byte> { 0x81 };   // FIN, text
        if (payload.Length < 126)
        {
            header.Add((byte)(0x80 | payload.Length));
        }
        else
        {
            header.Add(0x80 | 126);
            var length = new byte[2];
            BinaryPrimitives.WriteUInt16BigEndian(length, checked((ushort)payload.Length));
            header.AddRange(length);
        }
        var mask = RandomNumberGenerator.GetBytes(4);
        header.AddRange(mask);
        var masked = new byte[payload.Length];
        for (var i = 0; i < payload.Length; i++)
        {
            masked[i] = (byte)(payload[i] ^ mask[i % 4]);
        }
        var count = sent ?? masked.Length;
        await WriteAsync([.. header, .. masked.AsSpan(0, count)]);
    }

    private async Task<(int Opcode, byte[] Payload)> ReadFrameAsync(CancellationToken cancellationToken)
    {
        var head = new byte[2];
        await _reader.ReadExactlyAsync(head, cancellationToken);
        var length = (long)(head[1] & 0x7F);
        if (length >= 126)
        {
            var extended = new byte[length == 126 ? 2 : 8];
            await _reader.ReadExactlyAsync(extended, cancellationToken);
            length = extended.Length == 2 ? BinaryPrimitives.ReadUInt16BigEndian(extended) : (long)BinaryPrimitives.ReadUInt64BigEndian(extended);
        }
        var payload = new byte[length];
        await _reader.ReadExactlyAsync(payload, cancellationToken);
        return (head[0] & 0x0F, payload);
    }

    private async Task<string> ReadHeadAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        var head = new List<byte>();
        var one = new byte[1];
        while (!(head.Count >= 4 && head[^4] == '\r' && head[^3] == '\n' && head[^2] == '\r' && head[^1] == '\n'))
        {
            await _reader.ReadExactlyAsync(one, timeout.Token);
            head.Add(one[0]);
        }
        return Encoding.ASCII.GetString([.. head]);
    }

    private async Task WriteAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        await _stream.WriteAsync(bytes, timeout.Token);
    }
}
