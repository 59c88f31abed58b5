namespace GraphApi.Redis;

/// <summary>Base class of every error this client raises.</summary>
public abstract class RedisException : Exception
{
    protected RedisException(string message, Exception? innerException = null) : base(message, innerException) { }
}

/// <summary>Redis answered a command with an error reply (for example WRONGTYPE or an unknown command).</summary>
public sealed class RedisServerException : RedisException
{
    public RedisServerException(string command, string serverMessage)
        : base($"Redis rejected {command}: {serverMessage}")
    {
        Command = command;
        ServerMessage = serverMessage;
    }

    /// <summary>The name of the command Redis rejected.</summary>
    public string Command { get; }

    /// <summary>The error text exactly as Redis sent it, starting with its error code (ERR, WRONGTYPE…).</summary>
    public string ServerMessage { get; }
}

/// <summary>A command got no reply within the command timeout. Its late reply, if any, is read and discarded.</summary>
public sealed class RedisTimeoutException : RedisException
{
    public RedisTimeoutException(string command, TimeSpan timeout, string endpoint)
        : base($"Redis command {command} got no reply from {endpoint} within {timeout.TotalMilliseconds:0} ms")
    {
        Command = command;
        Timeout = timeout;
        Endpoint = endpoint;
    }

    public string Command { get; }

    public TimeSpan Timeout { get; }

    public string Endpoint { get; }
}

/// <summary>The connection to Redis could not be opened, was lost, or is down while reconnecting.</summary>
public sealed class RedisConnectionException : RedisException
{
    public RedisConnectionException(string endpoint, string message, Exception? innerException = null)
        : base($"Redis {endpoint}: {message}", innerException)
    {
        Endpoint = endpoint;
    }

    /// <summary>The <c>host:port</c> the connection was for.</summary>
    public string Endpoint { get; }
}

/// <summary>Redis sent bytes that are not valid RESP2; the connection is dropped and reopened.</summary>
public sealed class RedisProtocolException : RedisException
{
    public RedisProtocolException(string message) : base(message) { }
}
