using GraphQL.Execution;

namespace GraphQL.AspNetCore.Http;

/// <summary>The status code of a response that carries an execution result (GraphQL-over-HTTP draft, section 6.4).</summary>
internal static class ResultStatusCodes
{
    /// <summary>
    /// With <c>application/json</c>, every well-formed request is answered with 200. With
    /// <c>application/graphql-response+json</c>, 200 when execution started (the result has <c>data</c>, even null),
    /// otherwise the request failed before execution (syntax, validation, variables, operation selection): 400 —
    /// except when it ran out of time, which is the server's failure: 500. A result with neither data nor errors
    /// (the cost alone, for <c>GraphQL-Cost: validate</c>) is 200.
    /// </summary>
    public static int Of(ExecutionResult result, ResponseFormat format)
    {
        if (format == ResponseFormat.Json || result.HasData || result.Errors.Count == 0)
        {
            return StatusCodes.Status200OK;
        }
        foreach (var error in result.Errors)
        {
            if (error.Code == ErrorCodes.Timeout)
            {
                return StatusCodes.Status500InternalServerError;
            }
        }
        return StatusCodes.Status400BadRequest;
    }
}
