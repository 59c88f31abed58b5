using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphQL.AspNetCore.Tests.Live.Sse;

/// <summary>One server-sent event: its <c>event</c> field and its <c>data</c>, or a comment (keep-alive) with neither.</summary>
internal sealed record ServerSentEvent(string? Event, string Data, bool IsComment)
{
    public JsonElement ParseJson()
    {
        using var document = JsonDocument.Parse(Data);
        return document.RootElement.Clone();
    }
}

/// <summary>Reads a <c>text/event-stream</c> response over HttpClient as it arrives, with waits that fail after a generous limit.</summary>
internal sealed class EventStreamReader : IDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStreamReader(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    public static async Task<EventStreamReader> PostAsync(HttpClient client, string query, string accept = "text/event-stream")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await SendAsync(client, request);
    }

    public static async Task<EventStreamReader> GetAsync(HttpClient client, string query)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        return await SendAsync(client, request);
    }

    /// <summary>The next event; null when the stream has ended.</summary>
    public async Task<ServerSentEvent?> ReadAsync()
    {
        using var timeout = new CancellationTokenSource(WaitLimit);
        string? eventName = null;
        var data = new StringBuilder();
        var comment = false;
        var any = false;
        while (await _reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0)
            {
                if (any)
                {
                    return new ServerSentEvent(eventName, data.ToString(), comment && eventName is null);
                }
                continue;
            }
            any = true;
            if (line.StartsWith(':'))
            {
                comment = true;
            }
            else if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                eventName = line["event:".Length..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Append(line["data:".Length..].TrimStart());
            }
        }
        return null;
    }

    /// <summary>The next event, which must be <paramref name="eventName"/>.</summary>
    public async Task<ServerSentEvent> ReadAsync(string eventName)
    {
        var next = await ReadAsync();
        Assert.True(next is not null, $"Expected event \"{eventName}\", but the stream ended.");
        Assert.Equal(eventName, next.Event);
        return next;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }

    private static async Task<EventStreamReader> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new EventStreamReader(response, await response.Content.ReadAsStreamAsync());
    }
}
