using System.Diagnostics.CodeAnalysis;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace GraphApi.Server.RateLimiting;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> headers are believed, from
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges). None by
/// default: then the headers are ignored, so a client cannot pick the address its limits count against.
/// </summary>
internal sealed record TrustedProxies(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks)
{
    public const string Section = "ForwardedHeaders";

    public bool IsEnabled => Proxies.Count > 0 || Networks.Count > 0;

    /// <exception cref="FormatException">An entry is not an IP address or CIDR range; the message names the setting.</exception>
    public static TrustedProxies Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new TrustedProxies(
            Parse<IPAddress>(section.GetSection("KnownProxies"), IPAddress.TryParse, "an IP address"),
            Parse<IPNetwork>(section.GetSection("KnownNetworks"), IPNetwork.TryParse, "a CIDR range such as 10.0.0.0/8"));
    }

    /// <summary>
    /// The middleware's options: both headers, every entry from the right as long as the address it came from is one of
    /// these proxies (the first unknown address is the client), and only these proxies (not ASP.NET Core's loopback
    /// default).
    /// </summary>
    public ForwardedHeadersOptions ToOptions()
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Proxies)
        {
            options.KnownProxies.Add(proxy);
        }
        foreach (var network in Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
        return options;
    }

    private delegate bool TryParse<T>(string text, [MaybeNullWhen(false)] out T value);

    private static List<T> Parse<T>(IConfigurationSection list, TryParse<T> tryParse, string expected)
    {
        var items = new List<T>();
        foreach (var entry in list.GetChildren())
        {
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                continue;
            }
            if (!tryParse(entry.Value.Trim(), out var item))
            {
                throw new FormatException($"{entry.Path} '{entry.Value}' is not {expected}.");
            }
            items.Add(item);
        }
        return items;
    }
}
