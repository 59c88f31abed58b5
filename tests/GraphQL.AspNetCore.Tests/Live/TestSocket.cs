using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests.Live;

/// <summary>A raw WebSocket client (ClientWebSocket) speaking JSON messages, with waits that fail after a generous limit.</summary>
internal sealed class TestSocket : IAsyncDisposable
{
    public const string TransportWs = "graphql-transport-ws";
    public const string LegacyWs = "graphql-ws";

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly ClientWebSocket _socket;

    private TestSocket(ClientWebSocket socket) => _socket = socket;

    public string? SubProtocol => _socket.SubProtocol;

    public static async Task<TestSocket> ConnectAsync(Uri endpoint, string protocol = TransportWs, string? user = null)
    {
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol(protocol);
        socket.Options.Proxy = null;
        if (user is not null)
        {
            socket.Options.SetRequestHeader(GraphQLTestServer.UserHeader, user);
        }
        using var timeout = new CancellationTokenSource(WaitLimit);
        await socket.ConnectAsync(endpoint, timeout.Token);
        return new TestSocket(socket);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public async Task SendTextAsync(string text)
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, timeout.Token);
    }

    public async Task SendBinaryAsync(byte[] bytes)
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        await _socket.SendAsync(bytes, WebSocketMessageType.Binary, true, timeout.Token);
    }

    /// <summary>Sends <c>connection_init</c> (with <paramref name="payload"/>) and expects <c>connection_ack</c>.</summary>
    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });
        Assert.Equal("connection_ack", (await ReceiveAsync()).GetProperty("type").GetString());
    }

    public Task SubscribeAsync(string id, string query, object? variables = null) =>
        SendAsync(new { id, type = "subscribe", payload = new { query, variables } });

    /// <summary>The next message; fails if the socket closes first.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var message = await ReceiveMessageAsync();
        Assert.True(message is not null, $"Expected a message, but the socket closed with {(int?)_socket.CloseStatus} \"{_socket.CloseStatusDescription}\".");
        return message.Value;
    }

    /// <summary>The next message, which must be of <paramref name="type"/> for <paramref name="id"/>.</summary>
    public async Task<JsonElement> ReceiveAsync(string type, string? id = null)
    {
        var message = await ReceiveAsync();
        Assert.True(message.GetProperty("type").GetString() == type, $"Expected \"{type}\", got {message}");
        if (id is not null)
        {
            Assert.Equal(id, message.GetProperty("id").GetString());
        }
        return message;
    }

    /// <summary>Reads until the server closes the socket; returns its close code and reason, and the messages before it.</summary>
    public async Task<(int Code, string? Reason, List<JsonElement> Messages)> ReceiveCloseAsync()
    {
        var messages = new List<JsonElement>();
        while (await ReceiveMessageAsync() is { } message)
        {
            messages.Add(message);
        }
        return ((int)_socket.CloseStatus!.Value, _socket.CloseStatusDescription, messages);
    }

    /// <summary>Sends <c>ping</c> and expects <c>pong</c> next: proves the socket is open and nothing else was queued.</summary>
    public async Task ExpectOpenAndQuietAsync()
    {
        await SendAsync(new { type = "ping" });
        await ReceiveAsync("pong");
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(WaitLimit);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
            }
            catch (WebSocketException)
            {
                // The server may be gone already.
            }
        }
        _socket.Dispose();
    }

    private async Task<JsonElement?> ReceiveMessageAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(buffer, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No message within {WaitLimit}.");
            }
            if (received.MessageType == WebSocketMessageType.Close)
            {
                if (_socket.State == WebSocketState.CloseReceived)
                {
                    await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", timeout.Token);
                }
                return null;
            }
            text.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                using var document = JsonDocument.Parse(text.ToArray());
                return document.RootElement.Clone();
            }
        }
    }
}
