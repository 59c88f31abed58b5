using System.Text;
using GraphQL.Types;

namespace GraphQL.AspNetCore.Sdl;

/// <summary>The schema as SDL (<see cref="SchemaPrinter"/>), printed once on first request and kept as UTF-8.</summary>
internal sealed class SchemaSdl(Schema schema)
{
    private const string ContentType = "text/plain; charset=utf-8";

    private readonly Lazy<byte[]> _utf8 = new(() => Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema)));

    /// <summary>
    /// Writes the SDL as text; <paramref name="asDownload"/> adds <c>Content-Disposition: attachment</c> with the
    /// file name <c>schema.graphql</c>, so a browser saves it.
    /// </summary>
    public Task WriteAsync(HttpContext context, bool asDownload)
    {
        var response = context.Response;
        var sdl = _utf8.Value;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = sdl.Length;
        if (asDownload)
        {
            response.Headers.ContentDisposition = "attachment; filename=\"schema.graphql\"";
        }
        return response.Body.WriteAsync(sdl, context.RequestAborted).AsTask();
    }
}
