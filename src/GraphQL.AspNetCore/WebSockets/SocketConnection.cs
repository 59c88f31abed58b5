using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A WebSocket carrying JSON text messages: whole messages are received up to a size limit, sends are serialized
/// (a WebSocket allows one send at a time) and each is awaited, so a slow client slows only its own operations.
/// </summary>
internal sealed class SocketConnection(WebSocket socket, int maxMessageSize)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private bool _closeSent;

    /// <summary>Whether the server has sent its close frame: nothing more is sent after it.</summary>
    public bool IsClosing => Volatile.Read(ref _closeSent);

    /// <summary>The next message; <see cref="ReceivedMessage.Closed"/> when the client closed the socket.</summary>
    public async Task<ReceivedMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = buffer.GetMemory(4096);
            var received = await socket.ReceiveAsync(memory, cancellationToken).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return ReceivedMessage.Closed;
            }
            buffer.Advance(received.Count);
            if (buffer.WrittenCount > maxMessageSize)
            {
                return ReceivedMessage.TooLarge;
            }
            if (received.MessageType != WebSocketMessageType.Text)
            {
                return ReceivedMessage.NotText;
            }
            if (received.EndOfMessage)
            {
                return new ReceivedMessage(ReceiveStatus.Message, buffer.WrittenMemory);
            }
        }
    }

    /// <summary>Sends one JSON message written by <paramref name="write"/>; does nothing once the socket is closing.</summary>
    public async Task SendAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResult.WriterOptions))
        {
            write(writer);
        }
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!IsClosing && socket.State == WebSocketState.Open)
            {
                await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends the close frame (once; later calls do nothing) with <paramref name="reason"/> cut to the 123 bytes a
    /// close frame allows. Returns whether this call closed the socket.
    /// </summary>
    public async Task<bool> CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (IsClosing || socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
            {
                return false;
            }
            Volatile.Write(ref _closeSent, true);
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), cancellationToken).ConfigureAwait(false);
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static string Truncate(string reason)
    {
        const int MaxReasonBytes = 123;
        if (Encoding.UTF8.GetByteCount(reason) <= MaxReasonBytes)
        {
            return reason;
        }
        var length = reason.Length;
        while (Encoding.UTF8.GetByteCount(reason.AsSpan(0, length)) > MaxReasonBytes - 3)
        {
            length--;
        }
        return string.Concat(reason.AsSpan(0, length), "...");
    }
}

internal enum ReceiveStatus
{
    Message,
    Closed,
    TooLarge,
    NotText,
}

/// <summary>One receive: a whole text message (UTF-8 JSON, unparsed), or why there is none.</summary>
internal readonly record struct ReceivedMessage(ReceiveStatus Status, ReadOnlyMemory<byte> Text)
{
    public static ReceivedMessage Closed => new(ReceiveStatus.Closed, default);

    public static ReceivedMessage TooLarge => new(ReceiveStatus.TooLarge, default);

    public static ReceivedMessage NotText => new(ReceiveStatus.NotText, default);
}
