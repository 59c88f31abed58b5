using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphQL.AspNetCore.Http;

/// <summary>The media type a response is written in, chosen from the request's <c>Accept</c> header.</summary>
internal enum ResponseFormat
{
    /// <summary>The <c>Accept</c> header lists nothing this server can write.</summary>
    NotAcceptable,

    /// <summary><c>application/json</c>: well-formed requests are answered with 200, errors or not.</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: requests that fail before execution are answered with 4xx.</summary>
    GraphQLResponseJson,
}

/// <summary>Content negotiation as the GraphQL-over-HTTP draft describes it.</summary>
internal static class ResponseFormats
{
    public const string GraphQLResponseJsonMediaType = "application/graphql-response+json";
    public const string JsonMediaType = "application/json";

    public static string ContentTypeOf(ResponseFormat format) => format == ResponseFormat.GraphQLResponseJson
        ? "application/graphql-response+json; charset=utf-8"
        : "application/json; charset=utf-8";

    /// <summary>
    /// The format to answer in: the acceptable media type with the highest quality, preferring
    /// <c>application/graphql-response+json</c> on a tie. <c>*/*</c> and <c>application/*</c> mean
    /// <c>application/json</c>, as does a missing (or unreadable) <c>Accept</c> header, for the clients that predate
    /// the new media type.
    /// </summary>
    public static ResponseFormat Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes))
        {
            return ResponseFormat.Json;
        }
        var best = ResponseFormat.NotAcceptable;
        var bestQuality = 0d;
        foreach (var mediaType in mediaTypes)
        {
            var format = FormatOf(mediaType);
            var quality = mediaType.Quality ?? 1;
            if (format == ResponseFormat.NotAcceptable || quality <= 0)
            {
                continue;
            }
            if (quality > bestQuality || (quality == bestQuality && format == ResponseFormat.GraphQLResponseJson))
            {
                best = format;
                bestQuality = quality;
            }
        }
        return best;
    }

    /// <summary>Whether a browser asks for a page: the header lists <c>text/html</c> with a quality above zero.</summary>
    public static bool AcceptsHtml(StringValues accept) => Accepts(accept, "text/html");

    /// <summary>Whether the header lists <paramref name="mediaType"/> itself (not through a wildcard) with a quality above zero.</summary>
    public static bool Accepts(StringValues accept, string mediaType)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var items))
        {
            return false;
        }
        foreach (var item in items)
        {
            if (item.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && (item.Quality ?? 1) > 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a media type names no charset, or UTF-8 (quoted or not), the only one this server reads and writes.</summary>
    public static bool IsUtf8OrUnspecified(MediaTypeHeaderValue mediaType) =>
        !mediaType.Charset.HasValue
        || HeaderUtilities.RemoveQuotes(mediaType.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase);

    private static ResponseFormat FormatOf(MediaTypeHeaderValue mediaType)
    {
        if (!IsUtf8OrUnspecified(mediaType))
        {
            return ResponseFormat.NotAcceptable;
        }
        if (mediaType.MediaType.Equals(GraphQLResponseJsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.GraphQLResponseJson;
        }
        var isJson = mediaType.MediaType.Equals(JsonMediaType, StringComparison.OrdinalIgnoreCase)
            || mediaType.MatchesAllTypes
            || (mediaType.MatchesAllSubTypes && mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase));
        return isJson ? ResponseFormat.Json : ResponseFormat.NotAcceptable;
    }
}
