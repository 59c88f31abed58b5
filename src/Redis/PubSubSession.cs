using GraphApi.Redis.Protocol;

namespace GraphApi.Redis;

/// <summary>
/// The pub/sub connection's current socket and the FIFO of (P)(UN)SUBSCRIBE commands awaiting Redis's confirmation.
/// Each command names one channel, so Redis answers each with exactly one confirmation, in order.
/// </summary>
internal sealed class PubSubSession(RespSocket socket, string endpoint)
{
    // A null entry is a command nobody waits for (re-subscriptions after a reconnect).
    private readonly Queue<TaskCompletionSource?> confirmations = new();
    private bool closed;

    public RespSocket Socket => socket;

    /// <summary>Writes the command (unflushed); the task completes when Redis confirms it.</summary>
    public Task Write(string command, string name) => Write(command, name, awaited: true)!;

    /// <summary>Writes the command (unflushed) without anyone waiting for its confirmation.</summary>
    public void WriteUnawaited(string command, string name) => Write(command, name, awaited: false);

    public void Confirm(RedisReply reply, string command)
    {
        TaskCompletionSource? confirmation;
        lock (confirmations)
        {
            if (!confirmations.TryDequeue(out confirmation))
            {
                throw new RedisProtocolException($"Redis sent a pub/sub reply ({reply}) that no command was waiting for.");
            }
        }

        if (reply.Kind == RedisReplyKind.Error)
        {
            confirmation?.TrySetException(new RedisServerException(command, reply.ErrorMessage));
        }
        else
        {
            confirmation?.TrySetResult();
        }
    }

    /// <summary>Fails every unconfirmed command and refuses new ones: the socket is gone.</summary>
    public void Close(Exception? reason)
    {
        lock (confirmations)
        {
            closed = true;
            foreach (var confirmation in confirmations)
            {
                confirmation?.TrySetException(new RedisConnectionException(endpoint,
                    "the pub/sub connection was lost before Redis confirmed the subscription change", reason));
            }

            confirmations.Clear();
        }
    }

    private Task? Write(string command, string name, bool awaited)
    {
        var confirmation = awaited ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously) : null;
        lock (confirmations)
        {
            if (closed)
            {
                throw new RedisConnectionException(endpoint, $"the pub/sub connection was lost before {command} {name} was sent");
            }

            confirmations.Enqueue(confirmation);
        }

        socket.WriteCommand([command, name]);
        return confirmation?.Task;
    }
}
