using System.Security.Claims;
using System.Text.Json;
using GraphQL.CostAnalysis;
using GraphQL.Execution;

namespace GraphQL.AspNetCore.Http;

/// <summary>
/// Turns the parameters of a GraphQL-over-HTTP request (<c>query</c>, <c>operationName</c>, <c>variables</c>,
/// <c>extensions</c>) into a <see cref="GraphQLRequest"/> for the HTTP request's user, services and cancellation.
/// Parameters of the wrong type are refused with 400; unknown parameters are ignored.
/// </summary>
internal static class GraphQLRequestReader
{
    /// <summary>The requests of a POST body: one object, or an array of them when <paramref name="allowBatch"/> is set.</summary>
    public static GraphQLRequest[] FromBody(JsonElement body, bool allowBatch, HttpContext context)
    {
        if (body.ValueKind == JsonValueKind.Object)
        {
            return [FromObject(body, context.User, context.RequestServices, CostReportingHeader.Of(context.Request))];
        }
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw GraphQLHttpException.InvalidRequest(
                $"The request body must be a JSON object with a \"query\", but it is {KindOf(body)}.");
        }
        if (!allowBatch)
        {
            throw GraphQLHttpException.InvalidRequest(
                "Request batching is not enabled on this server: send one request object, not an array of them.");
        }
        var requests = new GraphQLRequest[body.GetArrayLength()];
        if (requests.Length == 0)
        {
            throw GraphQLHttpException.InvalidRequest("The request batch is empty: it must contain at least one request object.");
        }
        var index = 0;
        foreach (var item in body.EnumerateArray())
        {
            try
            {
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw GraphQLHttpException.InvalidRequest($"It must be a JSON object with a \"query\", but it is {KindOf(item)}.");
                }
                requests[index] = FromObject(item, context.User, context.RequestServices, CostReportingHeader.Of(context.Request));
            }
            catch (GraphQLHttpException exception)
            {
                throw new GraphQLHttpException(exception.StatusCode, exception.Code, $"Request {index} of the batch is invalid. {exception.Message}");
            }
            index++;
        }
        return requests;
    }

    /// <summary>The request of a GET: parameters in the query string, <c>variables</c> and <c>extensions</c> as JSON text.</summary>
    public static GraphQLRequest FromQueryString(IQueryCollection parameters, HttpContext context) => new()
    {
        Query = SingleParameter(parameters, "query") ?? throw QueryMissing(),
        OperationName = SingleParameter(parameters, "operationName"),
        Variables = JsonObjectParameter(parameters, "variables"),
        Extensions = JsonObjectParameter(parameters, "extensions"),
        User = context.User,
        Services = context.RequestServices,
        CostReporting = CostReportingHeader.Of(context.Request),
    };

    /// <summary>
    /// A request given as a JSON object (a POST body, or the payload of a WebSocket <c>subscribe</c> message), run as
    /// <paramref name="user"/> with <paramref name="services"/>.
    /// </summary>
    public static GraphQLRequest FromObject(
        JsonElement body, ClaimsPrincipal? user, IServiceProvider services, CostReporting costReporting = CostReporting.None)
    {
        string? query = null;
        string? operationName = null;
        IReadOnlyDictionary<string, object?>? variables = null;
        IReadOnlyDictionary<string, object?>? extensions = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "query":
                    query = StringOrNull(property);
                    break;
                case "operationName":
                    operationName = StringOrNull(property);
                    break;
                case "variables":
                    variables = ObjectOrNull(property);
                    break;
                case "extensions":
                    extensions = ObjectOrNull(property);
                    break;
            }
        }
        return new GraphQLRequest
        {
            Query = query ?? throw QueryMissing(),
            OperationName = operationName,
            Variables = variables,
            Extensions = extensions,
            User = user,
            Services = services,
            CostReporting = costReporting,
        };
    }

    private static string? StringOrNull(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.String => property.Value.GetString(),
        JsonValueKind.Null => null,
        _ => throw WrongType(property.Name, "a string", property.Value),
    };

    private static IReadOnlyDictionary<string, object?>? ObjectOrNull(JsonProperty property) => property.Value.ValueKind switch
    {
        JsonValueKind.Object or JsonValueKind.Null => JsonInput.ToObjectOrNull(property.Value),
        _ => throw WrongType(property.Name, "an object", property.Value),
    };

    private static string? SingleParameter(IQueryCollection parameters, string name)
    {
        var values = parameters[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw GraphQLHttpException.InvalidRequest($"The \"{name}\" parameter is given {values.Count} times: give it once."),
        };
    }

    private static IReadOnlyDictionary<string, object?>? JsonObjectParameter(IQueryCollection parameters, string name)
    {
        if (SingleParameter(parameters, name) is not { } json)
        {
            return null;
        }
        try
        {
            return JsonInput.ParseObject(json);
        }
        catch (JsonException exception)
        {
            throw GraphQLHttpException.InvalidRequest($"The \"{name}\" parameter must be a JSON object: {exception.Message}");
        }
    }

    private static GraphQLHttpException QueryMissing() => new(
        StatusCodes.Status400BadRequest,
        GraphQLHttpErrorCodes.QueryMissing,
        "The request has no \"query\": it must give the GraphQL document as a string.");

    private static GraphQLHttpException WrongType(string parameter, string expected, JsonElement value) =>
        GraphQLHttpException.InvalidRequest($"The \"{parameter}\" parameter must be {expected} or null, but it is {KindOf(value)}.");

    public static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
