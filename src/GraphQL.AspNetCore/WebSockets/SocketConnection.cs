using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// A WebSocket carrying JSON text messages: whole messages are received up to a size limit, sends are serialized
/// (a WebSocket allows one send at a time) and each is awaited, so a slow client slows only its own operations.
/// A send (or the close frame) that exceeds <see cref="GraphQLWebSocketOptions.SendTimeout"/> aborts the socket and
/// throws <see cref="TimeoutException"/>.
/// </summary>
internal sealed class SocketConnection(WebSocket socket, GraphQLWebSocketOptions options)
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
            if (buffer.WrittenCount > options.MaxMessageSize)
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

    /// <summary>
    /// Whether the socket was aborted because the client answered no Ping frame within the keep-alive timeout (the
    /// accept context's <c>KeepAliveTimeout</c>). The exception that ended a receive does not tell (it depends on
    /// where the abort caught the read), but an aborted WebSocket refuses every later operation with an exception
    /// whose inner exception is the keep-alive timeout's, and has none when it was aborted otherwise.
    /// </summary>
    public async Task<bool> MissedPongAsync()
    {
        if (socket.State != WebSocketState.Aborted)
        {
            return false;
        }
        try
        {
            await socket.ReceiveAsync(Memory<byte>.Empty, CancellationToken.None).ConfigureAwait(false);
            return false;
        }
        catch (WebSocketException refused)
        {
            return refused.InnerException is WebSocketException;
        }
    }

    /// <summary>
    /// Sends one JSON message written by <paramref name="write"/>; does nothing once the socket is closing.
    /// <paramref name="cancellationToken"/> cancels waiting for the previous send; the send itself ends by completing,
    /// failing, or timing out (cancelling it aborts the socket, which is what a stuck one needs).
    /// </summary>
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
                using var timeout = new CancellationTokenSource(options.SendTimeout);
                try
                {
                    await socket.SendAsync(buffer.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    throw SendTimedOut();
                }
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
            using var timeout = new CancellationTokenSource(options.SendTimeout);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, Truncate(reason), timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                throw SendTimedOut();
            }
            return true;
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private TimeoutException SendTimedOut() =>
        new($"a message to the client was not sent within {options.SendTimeout} (the client does not read)");

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
