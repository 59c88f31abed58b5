using System.Security.Claims;
using GraphQL.AspNetCore.WebSockets;

namespace GraphQL.AspNetCore.Tests.Live;

/// <summary>
/// A connection interceptor shaped like the host's token check: <c>authorization: "Bearer {name}"</c> in the
/// <c>connection_init</c> payload signs the session in as that name (until <c>expiresInMs</c> from now, when given);
/// any other authorization is refused; none keeps the upgrade request's user. <c>"fail": true</c> makes it throw.
/// </summary>
internal sealed class TestSocketInterceptor(TimeProvider time) : ISocketSessionInterceptor
{
    public ValueTask<SocketConnectResult> OnConnectAsync(SocketConnectContext context, CancellationToken cancellationToken)
    {
        if (context.Payload?.GetValueOrDefault("fail") is true)
        {
            throw new InvalidOperationException("The interceptor failed.");
        }
        if (context.GetPayloadString("authorization") is not { } authorization)
        {
            return ValueTask.FromResult(SocketConnectResult.Accept());
        }
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return ValueTask.FromResult(SocketConnectResult.Reject("The access token is invalid."));
        }
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, authorization["Bearer ".Length..])], "Token"));
        DateTimeOffset? expiresAt = context.Payload!.TryGetValue("expiresInMs", out var value) && value is long milliseconds
            ? time.GetUtcNow().AddMilliseconds(milliseconds)
            : null;
        return ValueTask.FromResult(SocketConnectResult.Accept(user, expiresAt));
    }
}
