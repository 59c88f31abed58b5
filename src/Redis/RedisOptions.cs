using System.Globalization;

namespace GraphApi.Redis;

/// <summary>
/// Where and how to connect. Parse a connection string with <see cref="Parse"/>:
/// <c>host[:port][,option=value…]</c>, options <c>user</c>, <c>password</c>, <c>database</c>, <c>connectTimeout</c> and
/// <c>commandTimeout</c> (milliseconds), <c>name</c> (the client name Redis shows in CLIENT LIST).
/// </summary>
public sealed record RedisOptions
{
    public const int DefaultPort = 6379;

    public required string Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    /// <summary>ACL user for AUTH; null authenticates as the default user when a password is set.</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>The database number selected on every (re)connect.</summary>
    public int Database { get; init; }

    /// <summary>Bounds opening the socket plus the handshake (AUTH, SELECT, CLIENT SETNAME).</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a command waits for its reply, including the time spent queued while reconnecting.</summary>
    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Set with CLIENT SETNAME on every (re)connect; null leaves the connection unnamed.</summary>
    public string? ClientName { get; init; }

    /// <summary>Delay before the second reconnect attempt; it doubles on every further failed attempt.</summary>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Ceiling of the reconnect delay.</summary>
    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary><c>host:port</c>, used in log messages and errors.</summary>
    public string Endpoint => $"{Host}:{Port}";

    /// <summary>Parses <c>host[:port][,option=value…]</c>; throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static RedisOptions Parse(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        var parts = connectionString.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Contains('='))
        {
            throw new FormatException($"Redis connection string \"{connectionString}\" must start with host[:port].");
        }

        var options = ParseEndpoint(parts[0]);
        foreach (var part in parts.AsSpan(1))
        {
            var separator = part.IndexOf('=');
            if (separator <= 0)
            {
                throw new FormatException($"Redis connection string option \"{part}\" must have the form name=value.");
            }

            options = WithOption(options, part[..separator].Trim(), part[(separator + 1)..].Trim());
        }

        return options;
    }

    private static RedisOptions ParseEndpoint(string endpoint)
    {
        var colon = endpoint.LastIndexOf(':');
        if (colon < 0)
        {
            return new RedisOptions { Host = endpoint };
        }

        var host = endpoint[..colon];
        if (host.Length == 0 || !int.TryParse(endpoint[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            || port is < 1 or > 65535)
        {
            throw new FormatException($"Redis endpoint \"{endpoint}\" must be host or host:port with a port from 1 to 65535.");
        }

        return new RedisOptions { Host = host, Port = port };
    }

    private static RedisOptions WithOption(RedisOptions options, string name, string value) => name.ToLowerInvariant() switch
    {
        "user" => options with { User = value },
        "password" => options with { Password = value },
        "database" => options with { Database = ParseNumber(name, value) },
        "connecttimeout" => options with { ConnectTimeout = TimeSpan.FromMilliseconds(ParsePositive(name, value)) },
        "commandtimeout" => options with { CommandTimeout = TimeSpan.FromMilliseconds(ParsePositive(name, value)) },
        "name" => options with { ClientName = value },
        _ => throw new FormatException(
            $"Unknown Redis connection string option \"{name}\"; known: user, password, database, connectTimeout, commandTimeout, name."),
    };

    private static int ParseNumber(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"Redis connection string option {name} must be a non-negative integer, not \"{value}\".");

    private static int ParsePositive(string name, string value)
    {
        var number = ParseNumber(name, value);
        return number > 0 ? number : throw new FormatException($"Redis connection string option {name} must be greater than 0.");
    }
}
