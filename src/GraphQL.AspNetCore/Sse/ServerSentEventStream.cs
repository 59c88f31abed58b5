using System.Buffers;
using System.Text.Json;
using GraphQL.Execution;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace GraphQL.AspNetCore.Sse;

/// <summary>
/// Writes a result as graphql-sse's distinct connections mode: <c>event: next</c> with each result as <c>data</c>, then
/// <c>event: complete</c>. The stream ends when the results end, when the client disconnects (the subscription is
/// disposed), or when the server stops (the client gets <c>complete</c>). Writes are awaited, so a slow client slows
/// only its own subscription; a write over <see cref="GraphQLSseOptions.WriteTimeout"/> (a client that stopped
/// reading) aborts the connection, which disposes the subscription, and logs a warning.
/// </summary>
internal sealed partial class ServerSentEventStream
{
    public const string MediaType = "text/event-stream";

    private static readonly byte[] KeepAlive = ":\n\n"u8.ToArray();
    private static readonly byte[] Complete = "event: complete\ndata:\n\n"u8.ToArray();

    private readonly HttpContext _context;
    private readonly TimeSpan _writeTimeout;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private bool _stalled;

    private ServerSentEventStream(HttpContext context, TimeSpan writeTimeout)
    {
        _context = context;
        _writeTimeout = writeTimeout;
    }

    /// <summary>Whether a write timed out and the connection was aborted.</summary>
    private bool IsStalled => Volatile.Read(ref _stalled);

    public static async Task WriteAsync(HttpContext context, IExecutionResult result, GraphQLSseOptions options, CancellationToken shutdown)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = MediaType + "; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";   // nginx: pass events on as they come
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        // Headers go out now, so the client sees its subscription accepted before the first event.
        await response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);

        var stream = new ServerSentEventStream(context, options.WriteTimeout);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, shutdown);
        var keepAlive = stream.KeepAliveAsync(options.KeepAliveInterval, context.RequestServices.GetService(typeof(TimeProvider)) as TimeProvider ?? TimeProvider.System, stop.Token);
        try
        {
            try
            {
                await stream.WriteResultsAsync(result, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (shutdown.IsCancellationRequested && !context.RequestAborted.IsCancellationRequested)
            {
                // The server is stopping: the client gets complete.
            }
            await stream.WriteAsync(Complete, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception) when (stream.IsStalled)
        {
            // The connection was aborted and the warning logged; the request ends here.
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await keepAlive.ConfigureAwait(false);
        }
    }

    private async Task WriteResultsAsync(IExecutionResult result, CancellationToken cancellationToken)
    {
        if (result is ResponseStream results)
        {
            await foreach (var item in results.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                await WriteNextAsync(item, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await WriteNextAsync((ExecutionResult)result, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task WriteNextAsync(ExecutionResult result, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("event: next\ndata: "u8);
        using (var writer = new Utf8JsonWriter(buffer, ExecutionResult.WriterOptions))
        {
            result.WriteTo(writer);   // one line: the writer does not indent
        }
        buffer.Write("\n\n"u8);
        return WriteAsync(buffer.WrittenMemory, cancellationToken);
    }

    private async Task KeepAliveAsync(TimeSpan? interval, TimeProvider time, CancellationToken cancellationToken)
    {
        if (interval is not { } period || period <= TimeSpan.Zero)
        {
            return;
        }
        try
        {
            using var timer = new PeriodicTimer(period, time);
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                await WriteAsync(KeepAlive, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException || IsStalled)
        {
            // The stream ended, the client went away, or it is stuck (aborted): the request ends with it.
        }
    }

    /// <summary>
    /// Writes and flushes <paramref name="bytes"/> once the previous write is done (<paramref name="cancellationToken"/>
    /// cancels that wait). The write itself ends by completing, failing, or timing out: then the connection is aborted
    /// and <see cref="TimeoutException"/> thrown.
    /// </summary>
    private async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var timeout = new CancellationTokenSource(_writeTimeout);
            try
            {
                await _context.Response.Body.WriteAsync(bytes, timeout.Token).ConfigureAwait(false);
                await _context.Response.Body.FlushAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                Volatile.Write(ref _stalled, true);
                LogAborted(Logger(_context), _context.Connection.Id, _writeTimeout);
                _context.Abort();
                throw new TimeoutException($"A server-sent event was not written within {_writeTimeout}.");
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetService<ILogger<ServerSentEventStream>>() ?? NullLogger<ServerSentEventStream>.Instance;

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning,
        Message = "Server-sent event stream of connection {ConnectionId} aborted: a write was not completed within {WriteTimeout} (the client does not read).")]
    private static partial void LogAborted(ILogger logger, string connectionId, TimeSpan writeTimeout);
}
