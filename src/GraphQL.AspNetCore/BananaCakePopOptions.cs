namespace GraphQL.AspNetCore;

/// <summary>
/// The Banana Cake Pop GraphQL IDE, served at the endpoint to browsers (GET with <c>Accept: text/html</c>) from the
/// files embedded in this assembly. Its configuration (<c>bcp-config.json</c>) points it at the endpoint for HTTP
/// and at the same path over <c>ws://</c> / <c>wss://</c> for subscriptions.
/// </summary>
public sealed class BananaCakePopOptions
{
    /// <summary>Whether the IDE is served. On by default.</summary>
    public bool Enable { get; set; } = true;

    /// <summary>The browser tab's title; null keeps the IDE's own.</summary>
    public string? Title { get; set; }

    /// <summary>Whether the IDE sends the browser's cookies with its requests. Off by default.</summary>
    public bool IncludeCookies { get; set; }

    /// <summary>
    /// Whether the IDE's usage telemetry to ChilliCream is off. On by default, so the IDE makes no request beyond
    /// this server unless someone signs in to ChilliCream's cloud from it.
    /// </summary>
    public bool DisableTelemetry { get; set; } = true;
}
