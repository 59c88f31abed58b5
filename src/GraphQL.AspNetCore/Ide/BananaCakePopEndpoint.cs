using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphQL.AspNetCore.Ide;

/// <summary>
/// Serves Banana Cake Pop for one GraphQL endpoint: its page at the endpoint, and its files and configuration
/// (<c>bcp-config.json</c>) under the endpoint's path.
/// </summary>
internal sealed class BananaCakePopEndpoint(BananaCakePopAssets assets, BananaCakePopOptions options, string endpointPath)
{
    public const string ConfigFileName = "bcp-config.json";

    /// <summary>Content-hashed files may be cached for good; the others are checked on each load.</summary>
    private const string ImmutableCacheControl = "public, max-age=31536000, immutable";
    private const string RevalidateCacheControl = "no-cache";

    /// <summary>
    /// The IDE's page. Its links are relative (<c>static/js/…</c>), so a <c>&lt;base&gt;</c> of the endpoint's path
    /// with a trailing slash makes them resolve under the endpoint, whether the page is loaded as
    /// <c>/graphql</c> or <c>/graphql/</c>.
    /// </summary>
    public Task WritePageAsync(HttpContext context)
    {
        var basePath = context.Request.PathBase.Add(endpointPath).Value!.TrimEnd('/') + "/";
        var page = assets.IndexHtml.Replace(
            "<head>",
            $"<head><base href=\"{HtmlEncoder.Default.Encode(basePath)}\">",
            StringComparison.Ordinal);
        var response = context.Response;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = RevalidateCacheControl;
        return response.WriteAsync(page, context.RequestAborted);
    }

    /// <summary>A file of the IDE, or its configuration, at <paramref name="path"/> below the endpoint; 404 for others.</summary>
    public async Task WriteFileAsync(HttpContext context, string path)
    {
        var response = context.Response;
        if (path == ConfigFileName)
        {
            await WriteConfigAsync(context).ConfigureAwait(false);
            return;
        }
        await using var file = assets.Open(path);
        if (file is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        response.ContentType = BananaCakePopAssets.ContentTypeOf(path);
        response.ContentLength = file.Length;
        response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal) ? ImmutableCacheControl : RevalidateCacheControl;
        await file.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// The IDE's settings: the endpoint's URL as the browser reaches it for HTTP requests, and the same path over
    /// <c>ws</c>/<c>wss</c> for subscriptions. Banana Cake Pop 18 derives its WebSocket URL from <c>endpoint</c> the
    /// same way; <c>subscriptionEndpoint</c> states it for versions that read it.
    /// </summary>
    private async Task WriteConfigAsync(HttpContext context)
    {
        var request = context.Request;
        var hostAndPath = $"{request.Host}{request.PathBase.Add(endpointPath)}";
        var response = context.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = RevalidateCacheControl;
        await using var writer = new Utf8JsonWriter(response.BodyWriter);
        writer.WriteStartObject();
        writer.WriteString("endpoint", $"{request.Scheme}://{hostAndPath}");
        writer.WriteString("subscriptionEndpoint", $"{(request.IsHttps ? "wss" : "ws")}://{hostAndPath}");
        writer.WriteBoolean("useBrowserUrlAsEndpoint", false);
        writer.WriteBoolean("includeCookies", options.IncludeCookies);
        writer.WriteBoolean("disableTelemetry", options.DisableTelemetry);
        if (options.Title is not null)
        {
            writer.WriteString("title", options.Title);
        }
        writer.WriteEndObject();
    }
}
