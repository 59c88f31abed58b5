using System.Net;
using System.Text.Json;

namespace GraphApi.Server.Tests.Infrastructure;

/// <summary>A health endpoint's answer: the status code and the JSON report.</summary>
internal sealed record HealthResponse(HttpStatusCode StatusCode, JsonElement Report)
{
    public static async Task<HealthResponse> GetAsync(ApiServer server, string path)
    {
        using var response = await server.Client.GetAsync(path);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new HealthResponse(response.StatusCode, document.RootElement.Clone());
    }

    public string Status => Report.GetProperty("status").GetString()!;

    public IReadOnlyList<string> CheckNames => Report.GetProperty("checks").EnumerateObject().Select(check => check.Name).ToList();

    public JsonElement Check(string name) => Report.GetProperty("checks").GetProperty(name);
}
