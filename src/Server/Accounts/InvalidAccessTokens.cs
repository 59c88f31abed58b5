using System.Text.Json;
using GraphApi.Auth.Tokens;
using GraphQL.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Server.Accounts;

/// <summary>
/// How /graphql answers a request whose bearer token is invalid (expired, forged, tampered with, or of an ended
/// session): 401 with <c>WWW-Authenticate: Bearer error="invalid_token"</c> (RFC 6750) and a GraphQL-shaped body whose
/// error has the code AUTH_NOT_AUTHENTICATED, before any field runs. A client refreshes its tokens (or signs in again) and
/// repeats the request. A request without a token is anonymous: public fields answer, and protected ones fail with
/// AUTH_NOT_AUTHENTICATED in a normal 200 response.
/// </summary>
internal static class InvalidAccessTokens
{
    /// <summary>The endpoint policy that refuses invalid tokens: no bearer token, or an authenticated user.</summary>
    public const string PolicyName = "NoInvalidAccessToken";

    private const string BearerPrefix = "Bearer ";

    public static AuthorizationOptions AddNoInvalidAccessTokenPolicy(this AuthorizationOptions options)
    {
        options.AddPolicy(PolicyName, policy => policy.RequireAssertion(context =>
            context.User.Identity?.IsAuthenticated == true
            || context.Resource is not HttpContext http
            || !HasBearerToken(http.Request)));
        return options;
    }

    /// <summary>
    /// The answer to JwtBearer's challenge, which the policy causes when a token was sent but did not authenticate the
    /// request.
    /// </summary>
    public static async Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var message = MessageFor(context.AuthenticateFailure);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status401Unauthorized;
        response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{message}\"";
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(
            response.Body,
            new { errors = new[] { new { message, extensions = new { code = AuthorizationErrorCodes.NotAuthenticated } } } },
            cancellationToken: context.HttpContext.RequestAborted);
    }

    /// <summary>As JwtBearer reads it: an Authorization header "Bearer" followed by a token.</summary>
    private static bool HasBearerToken(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            && authorization.Length > BearerPrefix.Length
            && !string.IsNullOrWhiteSpace(authorization[BearerPrefix.Length..]);
    }

    /// <summary>Why <see cref="AccessTokenValidator"/> refused a token, in the words HTTP answers use.</summary>
    public static string MessageOf(AccessTokenFailure? failure) => failure switch
    {
        AccessTokenFailure.Expired => ExpiredMessage,
        AccessTokenFailure.SessionEnded => AccessTokenMessages.SessionEnded,
        _ => InvalidMessage,
    };

    private const string ExpiredMessage = "The access token has expired: get new tokens with refreshToken, or sign in again.";

    private const string InvalidMessage = "The access token is not valid: sign in again.";

    private static string MessageFor(Exception? failure) => failure switch
    {
        SecurityTokenExpiredException => ExpiredMessage,
        // Raised by the session check of AddGraphApiJwtBearer, with a message written for clients.
        AuthenticationFailureException ended => ended.Message,
        _ => InvalidMessage,
    };
}
