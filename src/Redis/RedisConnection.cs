using System.Threading.Channels;
using GraphApi.Redis.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphApi.Redis;

/// <summary>
/// One multiplexed, pipelined connection to Redis for ordinary (non pub/sub) commands, safe to share by every caller.
/// Callers queue commands; a single writer loop sends them in batches and a single reader loop hands each reply to the
/// oldest command still waiting (Redis answers in order). The connection reopens by itself when it drops; see the README
/// for the reconnect policy.
/// </summary>
public sealed class RedisConnection : IAsyncDisposable
{
    private const int MaxBatchBytes = 64 * 1024;

    private readonly RedisOptions options;
    private readonly Channel<PendingCommand> outgoing =
        Channel.CreateUnbounded<PendingCommand>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConnectionSupervisor supervisor;
    private int disposed;

    private RedisConnection(RedisOptions options, ILogger logger)
    {
        this.options = options;
        supervisor = new ConnectionSupervisor(options, logger, "command", static (_, _) => Task.CompletedTask, RunSessionAsync);
    }

    /// <summary>The options this connection was opened with.</summary>
    public RedisOptions Options => options;

    /// <summary>False while the connection is down and being reopened.</summary>
    public bool IsConnected => supervisor.IsConnected;

    /// <summary>Opens the connection; throws <see cref="RedisConnectionException"/> when Redis cannot be reached.</summary>
    public static async Task<RedisConnection> ConnectAsync(
        RedisOptions options, ILogger<RedisConnection>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var connection = new RedisConnection(options, logger ?? (ILogger)NullLogger.Instance);
        await connection.supervisor.StartAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>GET: the value as UTF-8 text, or null when the key does not exist.</summary>
    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["GET", key], cancellationToken).ConfigureAwait(false)).AsString();

    /// <summary>
    /// SET with an optional time to live (sent as EX in whole seconds, else PX in milliseconds) and condition.
    /// Returns false when the condition (NX / XX) kept the value from being set.
    /// </summary>
    public async Task<bool> SetAsync(
        string key, string value, TimeSpan? timeToLive = null, SetCondition condition = SetCondition.Always,
        CancellationToken cancellationToken = default)
    {
        var arguments = new List<object>(6) { "SET", key, value };
        if (timeToLive is { } ttl)
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero, nameof(timeToLive));
            var milliseconds = (long)Math.Ceiling(ttl.TotalMilliseconds);
            arguments.AddRange(milliseconds % 1000 == 0 ? ["EX", milliseconds / 1000] : ["PX", milliseconds]);
        }

        if (condition != SetCondition.Always)
        {
            arguments.Add(condition == SetCondition.IfNotExists ? "NX" : "XX");
        }

        var reply = await ExecuteAsync([.. arguments], cancellationToken).ConfigureAwait(false);
        return !reply.IsNull;
    }

    /// <summary>DEL: how many of the keys existed and were removed.</summary>
    public async Task<long> DeleteAsync(params string[] keys)
    {
        ArgumentOutOfRangeException.ThrowIfZero(keys.Length, nameof(keys));
        return (await ExecuteAsync(["DEL", .. keys]).ConfigureAwait(false)).AsInt64();
    }

    /// <summary>INCR: the value after incrementing (a missing key counts as 0).</summary>
    public async Task<long> IncrementAsync(string key, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["INCR", key], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>EXPIRE in whole seconds (rounded up); false when the key does not exist.</summary>
    public async Task<bool> ExpireAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero, nameof(timeToLive));
        var seconds = (long)Math.Ceiling(timeToLive.TotalSeconds);
        return (await ExecuteAsync(["EXPIRE", key, seconds], cancellationToken).ConfigureAwait(false)).AsInt64() == 1;
    }

    /// <summary>PING: the round trip, queueing included.</summary>
    public async Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await ExecuteAsync(["PING"], cancellationToken).ConfigureAwait(false);
        return System.Diagnostics.Stopwatch.GetElapsedTime(started);
    }

    /// <summary>PUBLISH: how many subscribers (on this Redis server) received the message.</summary>
    public async Task<long> PublishAsync(string channel, string message, CancellationToken cancellationToken = default) =>
        (await ExecuteAsync(["PUBLISH", channel, message], cancellationToken).ConfigureAwait(false)).AsInt64();

    /// <summary>Runs any command; the first argument is its name. Arguments: string, byte[], ReadOnlyMemory&lt;byte&gt;, int, long, double.</summary>
    public Task<RedisReply> ExecuteAsync(params object[] arguments) => ExecuteAsync(arguments, CancellationToken.None);

    /// <summary>
    /// Runs any command. An error reply throws <see cref="RedisServerException"/>; no reply within the command timeout
    /// throws <see cref="RedisTimeoutException"/>, or <see cref="RedisConnectionException"/> when the connection was down
    /// the whole time. Must not be used for blocking pub/sub or MONITOR commands, which change the connection's mode.
    /// </summary>
    public async Task<RedisReply> ExecuteAsync(object[] arguments, CancellationToken cancellationToken)
    {
        Validate(arguments);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        var command = new PendingCommand(arguments);
        if (!outgoing.Writer.TryWrite(command))
        {
            throw new ObjectDisposedException(nameof(RedisConnection));
        }

        RedisReply reply;
        try
        {
            reply = await command.Task.WaitAsync(options.CommandTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (command.TrySetCanceled())
        {
            throw supervisor.IsConnected
                ? new RedisTimeoutException(command.Name, options.CommandTimeout, options.Endpoint)
                : new RedisConnectionException(options.Endpoint,
                    $"not connected (reconnecting); {command.Name} waited {options.CommandTimeout.TotalMilliseconds:0} ms");
        }
        catch (TimeoutException)
        {
            // The reply (or the connection's failure) arrived just as the timeout fired: it wins.
            reply = await command.Task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            command.TrySetCanceled(cancellationToken);
            throw;
        }

        return reply.Kind == RedisReplyKind.Error ? throw new RedisServerException(command.Name, reply.ErrorMessage) : reply;
    }

    /// <summary>Closes the connection; commands still waiting fail with <see cref="RedisConnectionException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        await supervisor.DisposeAsync().ConfigureAwait(false);
        outgoing.Writer.TryComplete();
        while (outgoing.Reader.TryRead(out var unsent))
        {
            unsent.TrySetException(new RedisConnectionException(options.Endpoint, $"the connection was closed before {unsent.Name} was sent"));
        }
    }

    private static void Validate(object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length == 0 || arguments[0] is not string { Length: > 0 })
        {
            throw new ArgumentException("A Redis command needs its name as the first argument.", nameof(arguments));
        }

        foreach (var argument in arguments)
        {
            if (!RespWriter.IsSupported(argument))
            {
                throw new ArgumentException(
                    $"Argument of type {argument?.GetType().Name ?? "null"} in {arguments[0]} is not supported; use string, byte[], ReadOnlyMemory<byte>, int, long or double.",
                    nameof(arguments));
            }
        }
    }

    /// <summary>Runs the writer and reader loops on one socket until either fails, then fails every command sent on it.</summary>
    private async Task RunSessionAsync(RespSocket socket, CancellationToken stopping)
    {
        var sent = new Queue<PendingCommand>();
        using var sessionEnd = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        var writing = WriteLoopAsync(socket, sent, sessionEnd.Token);
        var reading = ReadLoopAsync(socket, sent, sessionEnd.Token);
        var first = await Task.WhenAny(writing, reading).ConfigureAwait(false);
        await sessionEnd.CancelAsync().ConfigureAwait(false);
        socket.Abort();
        await Task.WhenAll(writing.ContinueWith(_ => { }, TaskScheduler.Default), reading.ContinueWith(_ => { }, TaskScheduler.Default))
            .ConfigureAwait(false);

        var reason = first.Exception?.InnerException;
        lock (sent)
        {
            foreach (var command in sent)
            {
                command.TrySetException(new RedisConnectionException(options.Endpoint,
                    $"the connection was lost while {command.Name} waited for its reply", reason));
            }

            sent.Clear();
        }

        if (reason is not null && !stopping.IsCancellationRequested)
        {
            throw reason;
        }
    }

    private async Task WriteLoopAsync(RespSocket socket, Queue<PendingCommand> sent, CancellationToken cancellationToken)
    {
        var queue = outgoing.Reader;
        while (await queue.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (socket.UnflushedBytes < MaxBatchBytes && queue.TryRead(out var command))
            {
                if (command.IsAbandoned)
                {
                    continue;
                }

                // Queued before it is written, so the reader always finds the command its reply belongs to.
                lock (sent)
                {
                    sent.Enqueue(command);
                }

                socket.WriteCommand(command.Arguments);
            }

            await socket.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ReadLoopAsync(RespSocket socket, Queue<PendingCommand> sent, CancellationToken cancellationToken)
    {
        while (true)
        {
            var reply = await socket.ReadReplyAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new EndOfStreamException("Redis closed the connection.");
            PendingCommand? command;
            lock (sent)
            {
                if (!sent.TryDequeue(out command))
                {
                    throw new RedisProtocolException($"Redis sent a reply ({reply}) that no command was waiting for.");
                }
            }

            command.TrySetResult(reply);
        }
    }
}
