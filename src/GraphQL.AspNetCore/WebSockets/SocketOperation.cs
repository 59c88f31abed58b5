namespace GraphQL.AspNetCore.WebSockets;

/// <summary>Why an operation of a socket stopped before its end, which decides what its client is told.</summary>
internal enum StopReason
{
    /// <summary>The client sent <c>complete</c> (<c>stop</c>).</summary>
    StoppedByClient,

    /// <summary>The server is shutting down: the client gets <c>complete</c>.</summary>
    Shutdown,

    /// <summary>The session's authentication expired: the client gets an <c>AUTH_NOT_AUTHENTICATED</c> error.</summary>
    Expired,

    /// <summary>The socket is gone, or a legacy <c>start</c> replaces the operation: nobody is told.</summary>
    Silent,
}

/// <summary>One running operation of a socket: its cancellation, the reason it was stopped, and its task.</summary>
internal sealed class SocketOperation(CancellationToken sessionStopped) : IDisposable
{
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(sessionStopped);
    private int _reason = (int)StopReason.Silent;

    public CancellationToken Token => _stop.Token;

    public StopReason Reason => (StopReason)Volatile.Read(ref _reason);

    public Task Run { get; set; } = Task.CompletedTask;

    /// <summary>Cancels the operation for <paramref name="reason"/> and waits until it has told its client.</summary>
    public async Task StopAsync(StopReason reason)
    {
        Volatile.Write(ref _reason, (int)reason);
        await _stop.CancelAsync().ConfigureAwait(false);
        await Run.ConfigureAwait(false);
        Dispose();
    }

    public void Dispose() => _stop.Dispose();
}
