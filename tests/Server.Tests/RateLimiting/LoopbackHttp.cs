using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;
using GraphApi.Server.Tests.Accounts.Infrastructure;

namespace GraphApi.Server.Tests.RateLimiting;

/// <summary>
/// Raw HTTP and WebSocket requests to a server from one loopback address (the server sees 127.0.0.x as different
/// clients), with whatever headers a test needs.
/// </summary>
public sealed class LoopbackHttp(Uri baseAddress, string localAddress) : IDisposable
{
    private readonly IPAddress _localAddress = IPAddress.Parse(localAddress);
    private readonly HttpClient _http = new(GraphQLClient.HandlerFrom(IPAddress.Parse(localAddress))) { BaseAddress = baseAddress };

    /// <summary>POSTs <c>{ __typename }</c> (or <paramref name="query"/>) to /graphql.</summary>
    public Task<HttpResponseMessage> PostAsync(
        string query = "{ __typename }", object? variables = null, string? accessToken = null, string? accept = null, string? forwardedFor = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (accessToken is not null)
        {
            request.Headers.Authorization = new("Bearer", accessToken);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        return _http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        return _http.SendAsync(request);
    }

    /// <summary>Sends <paramref name="count"/> counted requests, asserting each got 200.</summary>
    public async Task SpendAsync(int count, string? accessToken = null)
    {
        for (var i = 0; i < count; i++)
        {
            using var response = await PostAsync(accessToken: accessToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"request {i + 1} from {_localAddress} got {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Opens a graphql-transport-ws socket to /graphql and closes it again; returns the upgrade's HTTP status (101 when
    /// it was accepted).
    /// </summary>
    public async Task<HttpStatusCode> UpgradeAsync()
    {
        using var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("graphql-transport-ws");
        socket.Options.CollectHttpResponseDetails = true;
        var uri = new UriBuilder(_http.BaseAddress!) { Scheme = "ws", Path = "/graphql" }.Uri;
        using var invoker = new HttpMessageInvoker(GraphQLClient.HandlerFrom(_localAddress));
        try
        {
            await socket.ConnectAsync(uri, invoker, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            return socket.HttpStatusCode;
        }
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        return socket.HttpStatusCode;
    }

    /// <summary>The single error of a refused request's body.</summary>
    public static async Task<JsonElement> SingleErrorAsync(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray()).Clone();
    }

    public void Dispose() => _http.Dispose();
}
