using GraphApi.Auth.Tokens;
using GraphApi.Server.Accounts;
using GraphQL.AspNetCore.WebSockets;

namespace GraphApi.Server.Live;

/// <summary>
/// Signs WebSocket sessions in with a GraphApi access token: <c>authorization: "Bearer …"</c> in the
/// <c>connection_init</c> payload, checked by <see cref="AccessTokenValidator"/> exactly as JwtBearer checks HTTP
/// requests (signature, issuer, audience, lifetime, active session). The session then runs as the token's user until
/// the token expires. Without the payload entry the upgrade request's user is kept (a bearer token on the upgrade
/// request, already checked by JwtBearer, or anonymous). A payload token that is not valid refuses the session (4403).
/// </summary>
internal sealed class AccessTokenSocketInterceptor(AccessTokenValidator validator) : ISocketSessionInterceptor
{
    private const string BearerPrefix = "Bearer ";

    public async ValueTask<SocketConnectResult> OnConnectAsync(SocketConnectContext context, CancellationToken cancellationToken)
    {
        if (context.Payload is null || !context.Payload.TryGetValue("authorization", out var value))
        {
            var user = context.HttpContext.User;
            return SocketConnectResult.Accept(user, DefaultSocketSessionInterceptor.ExpiryOf(user));
        }
        if (value is not string authorization || !authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            || authorization.Length == BearerPrefix.Length)
        {
            return SocketConnectResult.Reject("The authorization of connection_init must be \"Bearer <access token>\".");
        }

        var validation = await validator.ValidateAsync(authorization[BearerPrefix.Length..].Trim(), cancellationToken);
        return validation.Principal is { } principal
            ? SocketConnectResult.Accept(principal, DefaultSocketSessionInterceptor.ExpiryOf(principal))
            : SocketConnectResult.Reject(InvalidAccessTokens.MessageOf(validation.Failure));
    }
}
