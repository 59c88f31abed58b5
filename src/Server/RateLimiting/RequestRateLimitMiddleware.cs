using System.Globalization;
using GraphApi.Auth.Accounts;
using GraphApi.Auth.RateLimiting;
using GraphApi.Server.Accounts;
using GraphQL.AspNetCore;
using Microsoft.Extensions.Options;

namespace GraphApi.Server.RateLimiting;

/// <summary>
/// Limits the requests that can run operations on the GraphQL endpoint (POST, GET with a <c>query</c>, server-sent
/// events, WebSocket upgrades) to <see cref="RequestRateLimitOptions.PermitLimit"/> per window, per signed-in user (the
/// access token's <c>sub</c>) or else per client address. Over the limit: 429 with <c>Retry-After</c> and one GraphQL
/// error coded <see cref="ErrorCode"/>, and nothing runs. The IDE, the SDL and the health endpoints are not counted.
/// Runs after authentication, so that the user is known.
/// </summary>
internal sealed class RequestRateLimitMiddleware(
    RequestDelegate next, IFixedWindowCounter counter, IOptions<RequestRateLimitOptions> options, string graphQLPath)
{
    /// <summary>The <c>extensions.code</c> of the 429 answer.</summary>
    public const string ErrorCode = "RATE_LIMITED";

    private readonly bool _enabled = options.Value.Enable;
    private readonly FixedWindowLimit _limit = new(options.Value.PermitLimit, options.Value.Window);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!_enabled || !IsCounted(context))
        {
            await next(context);
            return;
        }
        var decision = await _limit.AcquireAsync(counter, KeyOf(context), context.RequestAborted);
        if (decision.IsAllowed)
        {
            await next(context);
            return;
        }
        var seconds = RetryAfterDisplay.Seconds(decision.RetryAfter);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await GraphQLErrorResponse.WriteAsync(
            context,
            StatusCodes.Status429TooManyRequests,
            ErrorCode,
            $"Too many requests: at most {_limit.PermitLimit} per {_limit.Window:c} for each user (or client address when not signed in); try again in {seconds} s.");
    }

    /// <summary>
    /// Requests routed to the GraphQL endpoint itself that may run an operation. A GET without a query only gets the
    /// IDE's page, the SDL or an error, and other methods get 405.
    /// </summary>
    private bool IsCounted(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint
            || !string.Equals(endpoint.RoutePattern.RawText, graphQLPath, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var request = context.Request;
        return HttpMethods.IsPost(request.Method)
            || (HttpMethods.IsGet(request.Method) && (context.WebSockets.IsWebSocketRequest || request.Query.ContainsKey("query")));
    }

    private static string KeyOf(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true && context.User.FindFirst("sub")?.Value is { Length: > 0 } userId
            ? "request:user:" + userId
            : "request:ip:" + (HttpClientInfo.AddressOf(context)?.ToString() ?? "unknown");
}
