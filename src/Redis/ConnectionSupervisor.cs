using GraphApi.Redis.Protocol;
using Microsoft.Extensions.Logging;

namespace GraphApi.Redis;

/// <summary>
/// Keeps one logical connection alive: opens it, lets its owner prepare each new socket (re-subscribing, say) before it
/// counts as connected, hands it to the owner's session (which returns or throws when the socket fails), then reconnects with exponential backoff until it succeeds or is disposed.
/// The first attempt after a drop is immediate; later ones wait <see cref="RedisOptions.ReconnectBaseDelay"/>, doubled per
/// failure up to <see cref="RedisOptions.ReconnectMaxDelay"/>, with ±20 % jitter so that many instances do not retry in step.
/// </summary>
internal sealed class ConnectionSupervisor : IAsyncDisposable
{
    private readonly RedisOptions options;
    private readonly ILogger logger;
    private readonly string role;
    private readonly Func<RespSocket, CancellationToken, Task> prepareSession;
    private readonly Func<RespSocket, CancellationToken, Task> runSession;
    private readonly CancellationTokenSource stopping = new();
    private Task supervising = Task.CompletedTask;
    private volatile bool connected;

    public ConnectionSupervisor(
        RedisOptions options, ILogger logger, string role,
        Func<RespSocket, CancellationToken, Task> prepareSession, Func<RespSocket, CancellationToken, Task> runSession)
    {
        this.options = options;
        this.logger = logger;
        this.role = role;
        this.prepareSession = prepareSession;
        this.runSession = runSession;
    }

    public bool IsConnected => connected;

    /// <summary>Opens the first connection (throwing <see cref="RedisConnectionException"/> when it fails), then supervises it.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var socket = await OpenAsync(cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Redis {Role} connection to {Endpoint} opened", role, options.Endpoint);
        connected = true;
        supervising = Task.Run(() => SuperviseAsync(socket));
    }

    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested)
        {
            await stopping.CancelAsync().ConfigureAwait(false);
        }

        await supervising.ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task SuperviseAsync(RespSocket? socket)
    {
        while (socket is not null)
        {
            connected = true;
            Exception? reason = null;
            try
            {
                await runSession(socket, stopping.Token).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                reason = error;
            }

            connected = false;
            await socket.DisposeAsync().ConfigureAwait(false);
            if (stopping.IsCancellationRequested)
            {
                logger.LogInformation("Redis {Role} connection to {Endpoint} closed", role, options.Endpoint);
                return;
            }

            logger.LogWarning(reason, "Redis {Role} connection to {Endpoint} lost; reconnecting", role, options.Endpoint);
            socket = await ReconnectAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Retries until connected (returning the socket) or disposed (returning null).</summary>
    private async Task<RespSocket?> ReconnectAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var socket = await OpenAsync(stopping.Token).ConfigureAwait(false);
                logger.LogInformation("Redis {Role} connection to {Endpoint} reopened after {Attempts} attempt(s)",
                    role, options.Endpoint, attempt);
                return socket;
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return null;
            }
            catch (RedisConnectionException error)
            {
                logger.LogWarning("Redis {Role} reconnect attempt {Attempt} failed: {Reason}", role, attempt, error.Message);
            }

            try
            {
                await Task.Delay(RetryDelay(attempt), stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }
    }

    /// <summary>Connects and prepares the session; a failed preparation closes the socket and counts as a failed connect.</summary>
    private async Task<RespSocket> OpenAsync(CancellationToken cancellationToken)
    {
        var socket = await RespSocket.ConnectAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            await prepareSession(socket, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch (Exception error)
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            if (error is OperationCanceledException or RedisConnectionException)
            {
                throw;
            }

            throw new RedisConnectionException(options.Endpoint, $"could not prepare the {role} connection: {error.Message}", error);
        }
    }

    private TimeSpan RetryDelay(int failedAttempts)
    {
        var exponent = Math.Min(failedAttempts - 1, 20);
        var delay = Math.Min(options.ReconnectBaseDelay.TotalMilliseconds * (1 << exponent), options.ReconnectMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(delay * (0.8 + (0.4 * Random.Shared.NextDouble())));
    }
}
