using System.Net;
using System.Text.Json;

namespace GraphQL.AspNetCore.Tests.Infrastructure;

/// <summary>Checks on HTTP responses carrying GraphQL results.</summary>
internal static class ResponseAssertions
{
    /// <summary>Asserts the status code and media type, and returns the body as JSON.</summary>
    public static async Task<JsonElement> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status, string mediaType)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>The single error's message after asserting its code, and that the response has no data.</summary>
    public static string SingleErrorWithCode(this JsonElement result, string code)
    {
        Assert.False(result.TryGetProperty("data", out _), $"Expected no data: {result}");
        var error = Assert.Single(result.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        return error.GetProperty("message").GetString()!;
    }
}
