using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace GraphQL.AspNetCore.Http;

/// <summary>Reads a POST body as JSON, within the size limit.</summary>
internal static class RequestBodyReader
{
    /// <summary>Refuses bodies that are not <c>application/json</c> in UTF-8 (the default when no charset is given).</summary>
    public static void EnsureJsonContentType(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(ResponseFormats.JsonMediaType, StringComparison.OrdinalIgnoreCase))
        {
            var given = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"Content-Type \"{request.ContentType}\"";
            throw new GraphQLHttpException(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLHttpErrorCodes.UnsupportedMediaType,
                $"The request has {given}: GraphQL requests must be sent as \"application/json\".");
        }
        if (!ResponseFormats.IsUtf8OrUnspecified(contentType))
        {
            throw new GraphQLHttpException(
                StatusCodes.Status415UnsupportedMediaType,
                GraphQLHttpErrorCodes.UnsupportedMediaType,
                $"The request body is in charset \"{contentType.Charset}\": only UTF-8 is supported.");
        }
    }

    /// <summary>
    /// Reads the whole body, refusing it as soon as it grows past <paramref name="maxSize"/> bytes, and parses it.
    /// </summary>
    public static async Task<JsonDocument> ReadJsonAsync(HttpRequest request, long maxSize, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxSize)
        {
            throw TooLarge(maxSize);
        }
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = read.Buffer;
            if (buffer.Length > maxSize)
            {
                reader.AdvanceTo(buffer.Start);
                throw TooLarge(maxSize);
            }
            if (!read.IsCompleted)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                continue;
            }
            try
            {
                if (buffer.IsEmpty)
                {
                    throw GraphQLHttpException.InvalidRequest("The request body is empty: it must be a JSON object with a \"query\".");
                }
                return JsonDocument.Parse(buffer);
            }
            catch (JsonException exception)
            {
                throw GraphQLHttpException.InvalidRequest($"The request body is not valid JSON: {exception.Message}");
            }
            finally
            {
                reader.AdvanceTo(buffer.End);
            }
        }
    }

    private static GraphQLHttpException TooLarge(long maxSize) => new(
        StatusCodes.Status413PayloadTooLarge,
        GraphQLHttpErrorCodes.RequestTooLarge,
        $"The request body is larger than the maximum of {maxSize} bytes.");
}
