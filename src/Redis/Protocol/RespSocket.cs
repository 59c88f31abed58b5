using System.Buffers;
using System.IO.Pipelines;
using System.Net.Sockets;

namespace GraphApi.Redis.Protocol;

/// <summary>
/// One open TCP connection speaking RESP2 through pipes: the handshake (AUTH, SELECT, CLIENT SETNAME) on open, then raw
/// command writes and one-reply-at-a-time reads. It is not thread-safe: its owner has one writer and one reader.
/// </summary>
internal sealed class RespSocket : IAsyncDisposable
{
    private readonly Socket socket;
    private readonly NetworkStream stream;
    private readonly PipeReader input;
    private readonly PipeWriter output;

    private RespSocket(Socket socket)
    {
        this.socket = socket;
        stream = new NetworkStream(socket, ownsSocket: true);
        input = PipeReader.Create(stream);
        output = PipeWriter.Create(stream);
    }

    /// <summary>Opens the socket and runs the handshake within <see cref="RedisOptions.ConnectTimeout"/>.</summary>
    public static async Task<RespSocket> ConnectAsync(RedisOptions options, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.ConnectTimeout);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        RespSocket? connection = null;
        try
        {
            await socket.ConnectAsync(options.Host, options.Port, timeout.Token).ConfigureAwait(false);
            connection = new RespSocket(socket);
            foreach (var command in HandshakeCommands(options))
            {
                await connection.HandshakeAsync(options, command, timeout.Token).ConfigureAwait(false);
            }

            return connection;
        }
        catch (Exception error) when (error is not RedisConnectionException)
        {
            await DisposeAsync(socket, connection).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            var reason = error is OperationCanceledException
                ? $"could not connect within {options.ConnectTimeout.TotalMilliseconds:0} ms"
                : $"could not connect: {error.Message}";
            throw new RedisConnectionException(options.Endpoint, reason, error);
        }
        catch
        {
            await DisposeAsync(socket, connection).ConfigureAwait(false);
            throw;
        }
    }

    public void WriteCommand(IReadOnlyList<object> arguments) => RespWriter.WriteCommand(output, arguments);

    /// <summary>Bytes written but not yet flushed; the pipelining writer flushes early when a batch grows large.</summary>
    public long UnflushedBytes => output.UnflushedBytes;

    public async ValueTask FlushAsync(CancellationToken cancellationToken) =>
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Reads the next reply; null when Redis closed the connection.</summary>
    public async ValueTask<RedisReply?> ReadReplyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await input.ReadAsync(cancellationToken).ConfigureAwait(false);
            var reader = new SequenceReader<byte>(result.Buffer);
            if (RespParser.TryRead(ref reader, out var reply))
            {
                input.AdvanceTo(reader.Position);
                return reply;
            }

            input.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (result.IsCompleted)
            {
                return null;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await input.CompleteAsync().ConfigureAwait(false);
        try
        {
            // Completing flushes what is still buffered, which fails when the socket is already gone; nothing to save then.
            await output.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException)
        {
        }

        await stream.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Closes the socket at once, which ends any read or write in progress.</summary>
    public void Abort() => socket.Dispose();

    private static IEnumerable<object[]> HandshakeCommands(RedisOptions options)
    {
        if (options.Password is not null)
        {
            yield return options.User is null ? ["AUTH", options.Password] : ["AUTH", options.User, options.Password];
        }

        if (options.Database != 0)
        {
            yield return ["SELECT", options.Database];
        }

        if (options.ClientName is not null)
        {
            yield return ["CLIENT", "SETNAME", options.ClientName];
        }
    }

    private async Task HandshakeAsync(RedisOptions options, object[] command, CancellationToken cancellationToken)
    {
        WriteCommand(command);
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var reply = await ReadReplyAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new RedisConnectionException(options.Endpoint, $"Redis closed the connection during {command[0]}.");
        if (reply.Kind == RedisReplyKind.Error)
        {
            throw new RedisConnectionException(options.Endpoint, $"{command[0]} failed while connecting: {reply.ErrorMessage}");
        }
    }

    private static async ValueTask DisposeAsync(Socket socket, RespSocket? connection)
    {
        if (connection is null)
        {
            socket.Dispose();
        }
        else
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
