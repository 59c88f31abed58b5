namespace GraphApi.Redis;

/// <summary>
/// A command on its way to Redis and back. The caller that gives up (timeout, cancellation) cancels it: the writer then
/// skips it if not yet sent, and the reader discards its reply if it was, so later replies stay matched.
/// </summary>
internal sealed class PendingCommand : TaskCompletionSource<RedisReply>
{
    public PendingCommand(object[] arguments) : base(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        Arguments = arguments;
    }

    public object[] Arguments { get; }

    public string Name => (string)Arguments[0];

    /// <summary>True when the caller gave up before it was written; the writer then leaves it out.</summary>
    public bool IsAbandoned => Task.IsCompleted;
}
