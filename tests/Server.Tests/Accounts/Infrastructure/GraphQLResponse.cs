using System.Net;
using System.Text.Json;

namespace GraphApi.Server.Tests.Accounts.Infrastructure;

/// <summary>An HTTP answer of /graphql: status, <c>WWW-Authenticate</c>, media type and JSON body.</summary>
public sealed record GraphQLResponse(HttpStatusCode StatusCode, string WwwAuthenticate, string? MediaType, JsonElement Body)
{
    /// <summary>A root field of <c>data</c>, after asserting a 200 answer without errors.</summary>
    public JsonElement Data(string field)
    {
        Assert.True(StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)StatusCode}: {Body}");
        Assert.False(Body.TryGetProperty("errors", out _), $"Unexpected errors: {Body}");
        return Body.GetProperty("data").GetProperty(field);
    }

    /// <summary>A mutation's payload after asserting that its <c>errors</c> is null.</summary>
    public JsonElement Payload(string mutation)
    {
        var payload = Data(mutation);
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Unexpected payload errors: {payload}");
        return payload;
    }

    /// <summary>A mutation's single typed error (from <c>errors</c> in its payload), after asserting the payload's other fields are null.</summary>
    public JsonElement PayloadError(string mutation, string typeName)
    {
        var payload = Data(mutation);
        foreach (var field in payload.EnumerateObject().Where(f => f.Name != "errors"))
        {
            Assert.True(field.Value.ValueKind == JsonValueKind.Null, $"{mutation}.{field.Name} should be null: {payload}");
        }
        var error = Assert.Single(payload.GetProperty("errors").EnumerateArray());
        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        return error;
    }

    /// <summary>The single GraphQL error of a 200 answer, after asserting its code, path and that the field is null.</summary>
    public JsonElement FieldError(string code, params object[] path)
    {
        Assert.True(StatusCode == HttpStatusCode.OK, $"Expected 200 but got {(int)StatusCode}: {Body}");
        var error = Assert.Single(Body.GetProperty("errors").EnumerateArray());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonSerializer.Serialize(path), error.GetProperty("path").GetRawText());
        return error;
    }
}
