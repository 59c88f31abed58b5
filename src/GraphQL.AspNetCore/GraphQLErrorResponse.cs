using GraphQL.AspNetCore.Http;

namespace GraphQL.AspNetCore;

/// <summary>
/// Refuses a request before the GraphQL endpoint runs, the way the transport refuses its own: a status code and a body
/// of one GraphQL error, <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, in the media type the request's
/// <c>Accept</c> header negotiates (<c>application/json</c> when it allows neither JSON type). For middleware in front of
/// the endpoint, such as a rate limit.
/// </summary>
public static class GraphQLErrorResponse
{
    /// <summary>Writes the response; headers of the caller's own (<c>Retry-After</c>…) must be set before.</summary>
    public static Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var format = ResponseFormats.Negotiate(context.Request.Headers.Accept);
        return GraphQLHttpEndpoint.WriteErrorAsync(context, format, new GraphQLHttpException(statusCode, code, message));
    }
}
