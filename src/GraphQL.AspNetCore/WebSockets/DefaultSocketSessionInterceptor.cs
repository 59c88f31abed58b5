using System.Globalization;
using System.Security.Claims;

namespace GraphQL.AspNetCore.WebSockets;

/// <summary>
/// Accepts every session as the upgrade request's user (<c>HttpContext.User</c>, so a bearer token on the upgrade
/// request works through ASP.NET Core authentication). When that user has an <c>exp</c> claim (a JWT's expiry, in
/// seconds since 1970), the session expires then.
/// </summary>
public sealed class DefaultSocketSessionInterceptor : ISocketSessionInterceptor
{
    public ValueTask<SocketConnectResult> OnConnectAsync(SocketConnectContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.HttpContext.User;
        return ValueTask.FromResult(SocketConnectResult.Accept(user, ExpiryOf(user)));
    }

    /// <summary>The time of the user's <c>exp</c> claim, or null when it has none (or an unreadable one).</summary>
    public static DateTimeOffset? ExpiryOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirst("exp")?.Value is { } exp && long.TryParse(exp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }
}
