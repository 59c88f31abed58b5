using System.Security.Claims;
using GraphApi.Auth.Accounts;
using GraphQL.Authorization;
using GraphQL.Types;

namespace GraphApi.Schema.Accounts;

/// <summary>Signing in and out, refreshing tokens, and ending sessions.</summary>
[MutationType]
public static class SessionMutations
{
    /// <summary>
    /// Signs in with email and password and starts a session. Attempts are limited per client address and per email;
    /// a wrong password and an unknown email give the same error.
    /// </summary>
    public static async Task<SignInPayload> SignInAsync(
        SignInInput input,
        [Service] AccountService accounts,
        IClientInfo client,
        CancellationToken cancellationToken) =>
        new(await accounts.SignInAsync(input.Email, input.Password, client.UserAgent, client.IpAddress, cancellationToken));

    /// <summary>
    /// Exchanges a refresh token for new tokens of the same session. Each refresh token works once: presenting a used one
    /// again ends its session, since it may have been copied.
    /// </summary>
    public static async Task<RefreshTokenPayload> RefreshTokenAsync(
        RefreshTokenInput input,
        [Service] AccountService accounts,
        CancellationToken cancellationToken) =>
        new(await accounts.RefreshAsync(input.RefreshToken, cancellationToken));

    /// <summary>Ends the viewer's current session: its refresh token and access tokens stop working.</summary>
    [Authorize]
    public static async Task<SignOutPayload> SignOutAsync(
        ClaimsPrincipal viewer,
        [Service] AccountService accounts,
        CancellationToken cancellationToken)
    {
        var session = Viewer.SessionOf(viewer);
        await accounts.SignOutAsync(session, cancellationToken);
        return new SignOutPayload(session.SessionId);
    }

    /// <summary>Ends every session of the viewer, this one included.</summary>
    [Authorize]
    public static async Task<SignOutEverywherePayload> SignOutEverywhereAsync(
        ClaimsPrincipal viewer,
        [Service] AccountService accounts,
        CancellationToken cancellationToken) =>
        new(await accounts.SignOutEverywhereAsync(Viewer.SessionOf(viewer), cancellationToken));

    /// <summary>Ends one of the viewer's sessions, such as a lost phone's (see sessions).</summary>
    [Authorize]
    public static async Task<RevokeSessionPayload> RevokeSessionAsync(
        RevokeSessionInput input,
        ClaimsPrincipal viewer,
        [Service] AccountService accounts,
        CancellationToken cancellationToken) =>
        new(await accounts.RevokeSessionAsync(Viewer.SessionOf(viewer), input.SessionId, cancellationToken));
}
