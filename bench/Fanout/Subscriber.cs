using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace GraphApi.Bench.Fanout;

/// <summary>
/// One graphql-transport-ws client: connection_init, connection_ack, subscribe to <c>tick</c>, then a loop that notes
/// the <see cref="Stopwatch"/> time each <c>next</c> arrives (before parsing it) and reports it to <see cref="Rounds"/>.
/// </summary>
internal sealed class Subscriber(int index, Rounds rounds) : IAsyncDisposable
{
    private const string Protocol = "graphql-transport-ws";
    private static readonly byte[] Init = Encoding.UTF8.GetBytes("""{"type":"connection_init"}""");
    private static readonly byte[] Subscribe = Encoding.UTF8.GetBytes(
        """{"id":"1","type":"subscribe","payload":{"query":"subscription { tick { round } }"}}""");
    private static readonly byte[] Pong = Encoding.UTF8.GetBytes("""{"type":"pong"}""");

    private readonly ClientWebSocket socket = new();
    private readonly byte[] buffer = new byte[4096];
    private Task receiving = Task.CompletedTask;

    public async Task ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        socket.Options.AddSubProtocol(Protocol);
        await socket.ConnectAsync(endpoint, cancellationToken);
        await SendAsync(Init, cancellationToken);
        var ack = await ReceiveAsync(cancellationToken);
        if (Type(ack) != "connection_ack")
        {
            throw new InvalidOperationException($"Subscriber {index} expected connection_ack, got {Encoding.UTF8.GetString(ack.Span)}.");
        }

        await SendAsync(Subscribe, cancellationToken);
        receiving = Task.Run(() => ReceiveLoopAsync(cancellationToken), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }

        try
        {
            await receiving;
        }
        catch (Exception error) when (error is OperationCanceledException or WebSocketException)
        {
            // The socket was closed under the loop.
        }

        socket.Dispose();
    }

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        while (socket.State == WebSocketState.Open)
        {
            var message = await ReceiveAsync(cancellationToken);
            var arrived = Stopwatch.GetTimestamp();
            if (message.IsEmpty)
            {
                return;
            }

            switch (Type(message))
            {
                case "next":
                    using (var json = JsonDocument.Parse(message))
                    {
                        var round = json.RootElement.GetProperty("payload").GetProperty("data").GetProperty("tick").GetProperty("round").GetInt32();
                        rounds.Received(round, index, arrived);
                    }

                    break;
                case "ping":
                    await SendAsync(Pong, cancellationToken);
                    break;
                case var other:
                    throw new InvalidOperationException($"Subscriber {index} got an unexpected {other}: {Encoding.UTF8.GetString(message.Span)}");
            }
        }
    }

    private Task SendAsync(byte[] message, CancellationToken cancellationToken) =>
        socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    /// <summary>One whole text message; empty when the server closed the socket.</summary>
    private async Task<ReadOnlyMemory<byte>> ReceiveAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return ReadOnlyMemory<byte>.Empty;
            }

            length += result.Count;
            if (result.EndOfMessage)
            {
                return buffer.AsMemory(0, length);
            }

            if (length == buffer.Length)
            {
                throw new InvalidOperationException($"Subscriber {index} got a message larger than {buffer.Length} bytes.");
            }
        }
    }

    private static string? Type(ReadOnlyMemory<byte> message)
    {
        var reader = new Utf8JsonReader(message.Span);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("type"))
            {
                reader.Read();
                return reader.GetString();
            }
        }

        return null;
    }
}
