namespace GraphQL.AspNetCore.Http;

/// <summary>A request the transport refuses before execution: answered with a status code and one GraphQL error.</summary>
internal sealed class GraphQLHttpException(int statusCode, string code, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    /// <summary>The error's <c>extensions.code</c>, one of <see cref="GraphQLHttpErrorCodes"/>.</summary>
    public string Code { get; } = code;

    /// <summary>The methods the <c>Allow</c> header lists, for 405 answers.</summary>
    public string? Allow { get; init; }

    public static GraphQLHttpException InvalidRequest(string message) =>
        new(StatusCodes.Status400BadRequest, GraphQLHttpErrorCodes.InvalidRequest, message);
}
