using System.Globalization;

namespace GraphApi.Server.Health;

/// <summary>
/// The server named by a Redis connection string in the StackExchange.Redis style, <c>host[:port][,option=value…]</c>
/// (an IPv6 address in brackets: <c>[::1]:6379</c>). Only the first endpoint is read; options are ignored.
/// </summary>
internal sealed record RedisEndpoint(string Host, int Port)
{
    public const int DefaultPort = 6379;

    /// <exception cref="FormatException">The string names no host, or a port that is not 1–65535.</exception>
    public static RedisEndpoint Parse(string connectionString)
    {
        var endpoint = connectionString.Split(',', 2)[0].Trim();
        string host;
        string? port = null;
        if (endpoint.StartsWith('['))
        {
            var close = endpoint.IndexOf(']');
            if (close < 0)
            {
                throw Invalid(connectionString, "the IPv6 address has no closing ']'");
            }
            host = endpoint[1..close];
            var rest = endpoint[(close + 1)..];
            if (rest.Length > 0)
            {
                port = rest.StartsWith(':') ? rest[1..] : throw Invalid(connectionString, $"'{rest}' follows the IPv6 address");
            }
        }
        else
        {
            var colon = endpoint.LastIndexOf(':');
            host = colon < 0 ? endpoint : endpoint[..colon];
            port = colon < 0 ? null : endpoint[(colon + 1)..];
        }
        if (host.Length == 0 || host.Contains('='))
        {
            throw Invalid(connectionString, "it does not start with a host");
        }
        return new RedisEndpoint(host, port is null ? DefaultPort : ParsePort(connectionString, port));
    }

    public override string ToString() => Host.Contains(':') ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    private static int ParsePort(string connectionString, string port) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 65535
            ? number
            : throw Invalid(connectionString, $"the port '{port}' is not a number from 1 to 65535");

    private static FormatException Invalid(string connectionString, string reason) =>
        new($"ConnectionStrings:Redis '{connectionString}' is not 'host[:port][,options]': {reason}.");
}
