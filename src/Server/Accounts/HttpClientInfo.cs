using System.Net;
using GraphApi.Schema.Accounts;

namespace GraphApi.Server.Accounts;

/// <summary>
/// The client of the current HTTP request: its User-Agent header and the connection's remote address (IPv4 clients of a
/// dual-stack socket as IPv4). Behind a reverse proxy, set <c>ForwardedHeaders:KnownProxies</c> (see
/// src/Server/RateLimiting), or every client has the proxy's address.
/// </summary>
internal sealed class HttpClientInfo(IHttpContextAccessor httpContextAccessor) : IClientInfo
{
    public string? UserAgent =>
        httpContextAccessor.HttpContext?.Request.Headers.UserAgent is { Count: > 0 } userAgent ? userAgent.ToString() : null;

    public IPAddress? IpAddress => httpContextAccessor.HttpContext is { } context ? AddressOf(context) : null;

    /// <summary>The client address of <paramref name="context"/>, IPv4 when it is an IPv4 address mapped to IPv6.</summary>
    public static IPAddress? AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        return address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;
    }
}
