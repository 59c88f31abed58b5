using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace GraphApi.Server.Tests.Accounts.Infrastructure;

/// <summary>
/// A client of the API server over real HTTP, connecting from one loopback address (127.0.0.2, 127.0.0.3… are other
/// client addresses to the server) with one User-Agent; each request may carry an access token.
/// </summary>
public sealed class GraphQLClient : IDisposable
{
    public const string DefaultUserAgent = "GraphApi.Server.Tests/1.0";

    private readonly HttpClient _http;

    public GraphQLClient(Uri baseAddress, IPAddress? localAddress = null, string userAgent = DefaultUserAgent)
    {
        LocalAddress = localAddress ?? IPAddress.Loopback;
        UserAgent = userAgent;
        _http = new HttpClient(HandlerFrom(LocalAddress)) { BaseAddress = baseAddress };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
    }

    public IPAddress LocalAddress { get; }

    public string UserAgent { get; }

    /// <summary>POSTs a request to /graphql with <c>Authorization: Bearer <paramref name="accessToken"/></c> when given.</summary>
    public Task<GraphQLResponse> PostAsync(string query, object? variables = null, string? accessToken = null) =>
        SendAsync(query, variables, accessToken is null ? null : "Bearer " + accessToken);

    /// <summary>POSTs a request to /graphql with this exact Authorization header.</summary>
    public async Task<GraphQLResponse> SendAsync(string query, object? variables, string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return new GraphQLResponse(
            response.StatusCode,
            response.Headers.WwwAuthenticate.ToString(),
            response.Content.Headers.ContentType?.MediaType,
            document.RootElement.Clone());
    }

    public void Dispose() => _http.Dispose();

    /// <summary>A handler whose connections come from <paramref name="localAddress"/> (for other HTTP or WebSocket clients).</summary>
    public static SocketsHttpHandler HandlerFrom(IPAddress localAddress) => new()
    {
        UseProxy = false,
        ConnectCallback = (context, cancellationToken) => ConnectFromAsync(localAddress, context, cancellationToken),
    };

    private static async ValueTask<Stream> ConnectFromAsync(
        IPAddress localAddress, SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(localAddress, 0));
            await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
