using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json;
using GraphQL.AspNetCore.Http;
using GraphQL.Authorization;
using GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// One WebSocket session, whatever its subprotocol: the receive loop, the connection_init timeout, keep-alives, the
/// session's user and expiry, the running operations by id, and shutdown. The protocols
/// (<see cref="GraphQLTransportWsSession"/>, <see cref="LegacyGraphQLWsSession"/>) decide what messages mean and how
/// results, errors and completions are written. A stuck socket (a send over <c>SendTimeout</c>, no Pong within
/// <c>KeepAliveTimeout</c>) is aborted: its operations end without messages and a warning names the connection.
/// </summary>
internal abstract partial class SocketSession : IDisposable
{
    /// <summary>How long the client has to answer the server's close frame before the socket is dropped.</summary>
    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly SocketConnection _connection;
    private readonly RequestExecutor _executor;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly CancellationTokenSource _sessionStop;
    private readonly CancellationTokenSource _receiveStop;
    private readonly Dictionary<string, SocketOperation> _operations = new(StringComparer.Ordinal);
    private readonly Lock _operationsLock = new();
    private Task _expiry = Task.CompletedTask;
    private int _initState;

    protected SocketSession(SocketConnection connection, HttpContext httpContext, RequestExecutor executor, GraphQLWebSocketOptions options, ILogger logger)
    {
        _connection = connection;
        _executor = executor;
        _logger = logger;
        HttpContext = httpContext;
        Options = options;
        _time = httpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System;
        _sessionStop = CancellationTokenSource.CreateLinkedTokenSource(httpContext.RequestAborted);
        _receiveStop = CancellationTokenSource.CreateLinkedTokenSource(_sessionStop.Token);
    }

    protected HttpContext HttpContext { get; }

    protected GraphQLWebSocketOptions Options { get; }

    /// <summary>Whether a <c>connection_init</c> has been received (accepted or not).</summary>
    protected bool IsInitReceived => Volatile.Read(ref _initState) >= 1;

    /// <summary>Whether the session was accepted: operations may start.</summary>
    protected bool IsAcknowledged => Volatile.Read(ref _initState) == 2;

    /// <summary>The user operations run as, decided by the interceptor.</summary>
    private ClaimsPrincipal? User { get; set; }

    /// <summary>Runs the session until the socket closes; <paramref name="shutdown"/> completes every operation and closes with 1001.</summary>
    public async Task RunAsync(CancellationToken shutdown)
    {
        var initTimeout = CloseUnlessInitializedAsync();
        var keepAlive = KeepAliveAsync();
        var shuttingDown = new TaskCompletionSource<Task>(TaskCreationOptions.RunContinuationsAsynchronously);
        var onShutdown = shutdown.Register(() => shuttingDown.TrySetResult(ShutdownAsync()));
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            // After this no shutdown starts; one that has started is waited for.
            await onShutdown.DisposeAsync().ConfigureAwait(false);
            shuttingDown.TrySetResult(Task.CompletedTask);
            var shutdownDone = await shuttingDown.Task.ConfigureAwait(false);
            await shutdownDone.ConfigureAwait(false);
            await StopOperationsAsync(StopReason.Silent).ConfigureAwait(false);
            await _sessionStop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAll(initTimeout, keepAlive, _expiry).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _receiveStop.Dispose();
        _sessionStop.Dispose();
    }

    /// <summary>Handles one message (a JSON object with a string <c>type</c>).</summary>
    protected abstract Task HandleMessageAsync(string type, JsonElement message);

    /// <summary>A message that is not valid JSON or has no string <c>type</c>.</summary>
    protected abstract Task OnInvalidMessageAsync(string problem);

    protected abstract Task SendResultAsync(string id, ExecutionResult result);

    protected abstract Task SendErrorsAsync(string id, IReadOnlyList<GraphQLError> errors);

    protected abstract Task SendCompleteAsync(string id);

    /// <summary>Sends a keep-alive; only acknowledged sessions get them (before, the connection_init timeout applies).</summary>
    protected abstract Task SendKeepAliveAsync();

    /// <summary>Sent for an operation the client stopped (the legacy protocol confirms with <c>complete</c>).</summary>
    protected abstract Task OnStoppedByClientAsync(string id);

    /// <summary>Sends one message; a socket that has gone away (or is stuck) ends the session instead of throwing.</summary>
    protected async Task SendAsync(Action<Utf8JsonWriter> write)
    {
        try
        {
            await _connection.SendAsync(write, _sessionStop.Token).ConfigureAwait(false);
        }
        catch (TimeoutException stuck)
        {
            Abort(stuck.Message);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            CancelSession();
        }
    }

    /// <summary>Sends the close frame, then waits a little for the client's before the socket is dropped.</summary>
    protected async Task CloseAsync(int code, string reason)
    {
        try
        {
            if (await _connection.CloseAsync(code, reason, _sessionStop.Token).ConfigureAwait(false))
            {
                _receiveStop.CancelAfter(CloseHandshakeTimeout);
            }
        }
        catch (TimeoutException stuck)
        {
            Abort(stuck.Message);
        }
        catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            CancelSession();
        }
    }

    /// <summary>
    /// Handles <c>connection_init</c>: asks the <see cref="ISocketSessionInterceptor"/>; when it accepts, sends the
    /// acknowledgement (<paramref name="acknowledge"/>), after which operations may start and keep-alives flow, and the
    /// session runs as its user until its expiry. Returns the decision (null when the payload is not an object or null).
    /// </summary>
    protected async Task<SocketConnectResult?> InitializeAsync(JsonElement message, Func<Task> acknowledge)
    {
        Volatile.Write(ref _initState, 1);
        var payload = message.TryGetProperty("payload", out var value) ? value : default;
        if (payload.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.Object))
        {
            return null;
        }
        var interceptor = HttpContext.RequestServices.GetService<ISocketSessionInterceptor>() ?? new DefaultSocketSessionInterceptor();
        var context = new SocketConnectContext(HttpContext, payload.ValueKind == JsonValueKind.Object ? JsonInput.ToObjectOrNull(payload) : null);
        var result = await interceptor.OnConnectAsync(context, _sessionStop.Token).ConfigureAwait(false);
        if (result.IsAccepted)
        {
            User = result.User ?? HttpContext.User;
            await acknowledge().ConfigureAwait(false);
            Volatile.Write(ref _initState, 2);
            if (result.ExpiresAt is { } expiresAt)
            {
                _expiry = ExpireAtAsync(expiresAt);
            }
        }
        return result;
    }

    protected bool IsRunning(string id)
    {
        lock (_operationsLock)
        {
            return _operations.ContainsKey(id);
        }
    }

    /// <summary>
    /// Starts the operation of a subscribe (<c>start</c>) message's payload under <paramref name="id"/>. Returns null
    /// when it started, else why the payload is not a request (the protocol reports it). Over the per-socket limit
    /// the operation gets an error and nothing runs.
    /// </summary>
    protected async Task<string?> StartOperationAsync(string id, JsonElement message)
    {
        if (!message.TryGetProperty("payload", out var payload) || payload.ValueKind != JsonValueKind.Object)
        {
            return $"The payload of operation \"{id}\" must be an object with a \"query\", but it is " +
                (payload.ValueKind == JsonValueKind.Undefined ? "missing" : GraphQLRequestReader.KindOf(payload)) + ".";
        }
        var scope = HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        GraphQLRequest request;
        try
        {
            request = GraphQLRequestReader.FromObject(payload, User, scope.ServiceProvider);
        }
        catch (GraphQLHttpException exception)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            return $"The payload of operation \"{id}\" is invalid. {exception.Message}";
        }
        var operation = new SocketOperation(_sessionStop.Token);
        bool overLimit;
        lock (_operationsLock)
        {
            overLimit = _operations.Count >= Options.MaxOperationsPerSocket;
            if (!overLimit)
            {
                // It yields before doing anything, so it is registered before it can finish.
                operation.Run = RunOperationAsync(id, request, scope, operation);
                _operations[id] = operation;
            }
        }
        if (overLimit)
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            operation.Dispose();
            await SendErrorsAsync(id, [new GraphQLError(
                $"This socket already runs {Options.MaxOperationsPerSocket} operations, the most it may: complete one before starting another.",
                extensions: new Dictionary<string, object?> { ["code"] = SocketErrorCodes.TooManyOperations })]).ConfigureAwait(false);
        }
        return null;
    }

    /// <summary>Stops an operation, by default at the client's request; unknown ids are ignored (it may have just finished).</summary>
    protected Task StopOperationAsync(string id, StopReason reason = StopReason.StoppedByClient)
    {
        SocketOperation? operation;
        lock (_operationsLock)
        {
            if (!_operations.Remove(id, out operation))
            {
                return Task.CompletedTask;
            }
        }
        return operation.StopAsync(reason);
    }

    /// <summary>Stops every operation (each tells its client as <paramref name="reason"/> requires) and waits for them.</summary>
    protected Task StopOperationsAsync(StopReason reason)
    {
        SocketOperation[] operations;
        lock (_operationsLock)
        {
            operations = [.. _operations.Values];
            _operations.Clear();
        }
        return Task.WhenAll(operations.Select(operation => operation.StopAsync(reason)));
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, AsyncServiceScope scope, SocketOperation operation)
    {
        await Task.Yield();   // the receive loop goes on reading while the operation runs
        await using (scope.ConfigureAwait(false))
        {
            Func<Task>? last = null;
            try
            {
                var result = await _executor.ExecuteAsync(request, operation.Token).ConfigureAwait(false);
                if (result is ResponseStream stream)
                {
                    await foreach (var item in stream.WithCancellation(operation.Token).ConfigureAwait(false))
                    {
                        await SendResultAsync(id, item).ConfigureAwait(false);
                    }
                    last = () => SendCompleteAsync(id);
                }
                else if (result is ExecutionResult { HasData: true } single)
                {
                    await SendResultAsync(id, single).ConfigureAwait(false);
                    last = () => SendCompleteAsync(id);
                }
                else if (result is ExecutionResult failed)
                {
                    // Nothing ran (syntax, validation, variables, a refused subscribe): the protocol's error message.
                    last = () => SendErrorsAsync(id, failed.Errors);
                }
            }
            catch (OperationCanceledException) when (operation.Token.IsCancellationRequested)
            {
                last = null;
            }
            catch (Exception exception)
            {
                last = () => SendErrorsAsync(id, [new GraphQLError(
                    "Unexpected Execution Error",
                    extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.UnexpectedError },
                    exception: exception)]);
            }
            if (Finish(id, operation))
            {
                operation.Dispose();
                if (last is not null)
                {
                    await last().ConfigureAwait(false);
                }
            }
            else
            {
                await OnStoppedAsync(id, operation.Reason).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Removes an operation that ended by itself before its last message goes out, so the client may reuse the id at
    /// once. False when it was stopped (removed) meanwhile: then the stop decides what the client is told.
    /// </summary>
    private bool Finish(string id, SocketOperation operation)
    {
        lock (_operationsLock)
        {
            return _operations.TryGetValue(id, out var current) && current == operation && _operations.Remove(id);
        }
    }

    private Task OnStoppedAsync(string id, StopReason reason) => reason switch
    {
        StopReason.StoppedByClient => OnStoppedByClientAsync(id),
        StopReason.Shutdown => SendCompleteAsync(id),
        StopReason.Expired => SendErrorsAsync(id, [new GraphQLError(
            "The session's authentication expired: connect again with a valid token.",
            extensions: new Dictionary<string, object?> { ["code"] = AuthorizationErrorCodes.NotAuthenticated })]),
        _ => Task.CompletedTask,
    };

    private async Task ReceiveLoopAsync()
    {
        while (true)
        {
            ReceivedMessage received;
            try
            {
                received = await _connection.ReceiveAsync(_receiveStop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is WebSocketException or IOException or OperationCanceledException)
            {
                if (await _connection.MissedPongAsync().ConfigureAwait(false))
                {
                    Abort($"the client did not answer a WebSocket Ping within {Options.KeepAliveTimeout}");
                }
                return;
            }
            switch (received.Status)
            {
                case ReceiveStatus.Closed:
                    await CloseAsync(SocketCloseCodes.Normal, "").ConfigureAwait(false);
                    return;
                case ReceiveStatus.TooLarge:
                    await CloseAsync(SocketCloseCodes.MessageTooBig, $"Messages may be at most {Options.MaxMessageSize} bytes").ConfigureAwait(false);
                    break;
                case ReceiveStatus.NotText:
                    await CloseAsync(SocketCloseCodes.BadRequest, "Only text messages (JSON) are accepted").ConfigureAwait(false);
                    break;
                case ReceiveStatus.Message when !_connection.IsClosing:
                    try
                    {
                        await DispatchAsync(received.Text).ConfigureAwait(false);
                    }
                    catch (Exception exception) when (exception is not OperationCanceledException)
                    {
                        // A bug (in an interceptor, say): tell the client, then let the host log it.
                        await CloseAsync(SocketCloseCodes.InternalError, "Internal server error").ConfigureAwait(false);
                        throw;
                    }
                    break;
            }
        }
    }

    private async Task DispatchAsync(ReadOnlyMemory<byte> text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException exception)
        {
            await OnInvalidMessageAsync($"The message is not valid JSON: {exception.Message}").ConfigureAwait(false);
            return;
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object
                || !message.TryGetProperty("type", out var type)
                || type.ValueKind != JsonValueKind.String)
            {
                await OnInvalidMessageAsync("A message must be a JSON object with a string \"type\".").ConfigureAwait(false);
                return;
            }
            await HandleMessageAsync(type.GetString()!, message).ConfigureAwait(false);
        }
    }

    private async Task CloseUnlessInitializedAsync()
    {
        try
        {
            await Task.Delay(Options.ConnectionInitTimeout, _time, _sessionStop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        if (!IsInitReceived)
        {
            await CloseAsync(SocketCloseCodes.ConnectionInitTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task KeepAliveAsync()
    {
        if (Options.KeepAliveInterval is not { } interval || interval <= TimeSpan.Zero)
        {
            return;
        }
        try
        {
            using var timer = new PeriodicTimer(interval, _time);
            while (await timer.WaitForNextTickAsync(_sessionStop.Token).ConfigureAwait(false))
            {
                if (IsAcknowledged)
                {
                    await SendKeepAliveAsync().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ExpireAtAsync(DateTimeOffset expiresAt)
    {
        try
        {
            var remaining = expiresAt - _time.GetUtcNow();
            if (remaining > TimeSpan.Zero)
            {
                await Task.Delay(remaining, _time, _sessionStop.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        Volatile.Write(ref _initState, 1);   // no operation starts any more
        await StopOperationsAsync(StopReason.Expired).ConfigureAwait(false);
        await CloseAsync(SocketCloseCodes.Forbidden, "Authentication expired").ConfigureAwait(false);
    }

    private async Task ShutdownAsync()
    {
        await StopOperationsAsync(StopReason.Shutdown).ConfigureAwait(false);
        await CloseAsync(SocketCloseCodes.GoingAway, "The server is shutting down").ConfigureAwait(false);
    }

    /// <summary>
    /// Drops a stuck connection (the WebSocket is aborted already; this closes the TCP connection too) and ends the
    /// session: its operations stop silently and dispose their sources.
    /// </summary>
    private void Abort(string problem)
    {
        LogAborted(_logger, HttpContext.Connection.Id, problem);
        HttpContext.Abort();
        CancelSession();
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "WebSocket connection {ConnectionId} aborted: {Problem}.")]
    private static partial void LogAborted(ILogger logger, string connectionId, string problem);

    private void CancelSession()
    {
        try
        {
            _sessionStop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
