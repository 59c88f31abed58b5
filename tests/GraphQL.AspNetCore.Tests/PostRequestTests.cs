using System.Net;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed class PostRequestTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(Json, Json)]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", Json)]
    [InlineData("text/html, application/graphql-response+json;charset=utf-8", GraphQLResponse)]
    public async Task Answers_a_query_in_the_media_type_the_accept_header_prefers(string? accept, string mediaType)
    {
        var response = await Server.PostQueryAsync("{ hello(name: \"Ada\") }", accept);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, mediaType);
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", result.GetRawText());
    }

    [Theory]
    [InlineData("text/xml")]
    [InlineData("application/graphql-response+json;q=0, application/json;q=0")]
    [InlineData("application/json;charset=iso-8859-1")]
    public async Task Refuses_an_accept_header_without_a_media_type_it_can_write(string accept)
    {
        var response = await Server.PostQueryAsync("{ hello }", accept);

        var message = (await response.ShouldBeAsync(HttpStatusCode.NotAcceptable, Json)).SingleErrorWithCode("HTTP_NOT_ACCEPTABLE");
        Assert.Equal(
            $"The Accept header \"{accept}\" allows no media type this server writes: accept \"application/graphql-response+json\" or \"application/json\".",
            message);
    }

    [Theory]
    [InlineData("text/plain", "The request has Content-Type \"text/plain; charset=utf-8\": GraphQL requests must be sent as \"application/json\".")]
    [InlineData("application/x-www-form-urlencoded", "The request has Content-Type \"application/x-www-form-urlencoded\": GraphQL requests must be sent as \"application/json\".")]
    [InlineData(null, "The request has no Content-Type: GraphQL requests must be sent as \"application/json\".")]
    [InlineData("application/json; charset=iso-8859-1", "The request body is in charset \"iso-8859-1\": only UTF-8 is supported.")]
    public async Task Refuses_a_body_that_is_not_utf8_json_with_415(string? contentType, string expected)
    {
        var body = """{"query":"{ hello }"}""";
        var response = contentType == "text/plain"
            ? await Server.PostAsync(body, contentType: "text/plain; charset=utf-8")
            : await Server.PostAsync(body, contentType: contentType);

        var message = (await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, Json)).SingleErrorWithCode("HTTP_UNSUPPORTED_MEDIA_TYPE");
        Assert.Equal(expected, message);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Refuses_malformed_json_with_400(string accept)
    {
        var response = await Server.PostAsync("""{ "query": "{ hello }" """, accept);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, accept)).SingleErrorWithCode("HC0009");
        Assert.StartsWith("The request body is not valid JSON: ", message);
        Assert.Contains("LineNumber: 0", message);
    }

    [Fact]
    public async Task Refuses_an_empty_body_with_400()
    {
        var response = await Server.PostAsync("", Json);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json)).SingleErrorWithCode("HC0009");
        Assert.Equal("The request body is empty: it must be a JSON object with a \"query\".", message);
    }

    [Theory]
    [InlineData("\"{ hello }\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public async Task Refuses_a_body_that_is_not_an_object_with_400(string body, string kind)
    {
        var response = await Server.PostAsync(body, Json);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json)).SingleErrorWithCode("HC0009");
        Assert.Equal($"The request body must be a JSON object with a \"query\", but it is {kind}.", message);
    }

    [Theory]
    [InlineData("""{"notquery":"{ hello }"}""")]
    [InlineData("""{"query":null}""")]
    [InlineData("""{}""")]
    public async Task Refuses_a_request_without_a_query_with_400(string body)
    {
        var response = await Server.PostAsync(body, GraphQLResponse);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponse)).SingleErrorWithCode("HC0013");
        Assert.Equal("The request has no \"query\": it must give the GraphQL document as a string.", message);
    }

    [Theory]
    [InlineData("query", "0", "a string", "a number")]
    [InlineData("query", "false", "a string", "a boolean")]
    [InlineData("query", """{"obj":"ect"}""", "a string", "an object")]
    [InlineData("query", """["{ hello }"]""", "a string", "an array")]
    [InlineData("operationName", "1", "a string", "a number")]
    [InlineData("variables", "\"{}\"", "an object", "a string")]
    [InlineData("variables", "[]", "an object", "an array")]
    [InlineData("extensions", "true", "an object", "a boolean")]
    public async Task Refuses_a_parameter_of_the_wrong_type_with_400(string parameter, string value, string expected, string actual)
    {
        var body = parameter == "query" ? $$"""{"query":{{value}}}""" : $$"""{"query":"{ hello }","{{parameter}}":{{value}}}""";

        var response = await Server.PostAsync(body, Json);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json)).SingleErrorWithCode("HC0009");
        Assert.Equal($"The \"{parameter}\" parameter must be {expected} or null, but it is {actual}.", message);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=\"UTF-8\"")]
    [InlineData("APPLICATION/JSON")]
    public async Task Accepts_json_bodies_in_utf8(string contentType)
    {
        var response = await Server.PostAsync("""{"query":"{ hello }"}""", Json, contentType);

        await response.ShouldBeAsync(HttpStatusCode.OK, Json);
    }

    [Fact]
    public async Task Accepts_null_optional_parameters_and_ignores_unknown_ones()
    {
        var response = await Server.PostAsync(
            """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"other":1}""",
            GraphQLResponse);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("Hello, world!", result.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Passes_variables_operation_name_and_utf8_text_to_the_executor()
    {
        var response = await Server.PostAsync(
            """{"query":"query A { a: hello } query B($name: String) { b: hello(name: $name) }","operationName":"B","variables":{"name":"Zoë 🏃"},"extensions":{"some":"value"}}""",
            GraphQLResponse);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("Hello, Zoë 🏃!", result.GetProperty("data").GetProperty("b").GetString());
    }

    [Theory]
    [InlineData("{ hello", "HC0011")]
    [InlineData("{ nope }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query($n: String!) { hello(name: $n) }", "HC0018")]
    [InlineData("query A { hello } query B { hello }", "EXEC_OPERATION_NOT_FOUND")]
    public async Task Answers_requests_that_fail_before_execution_with_400_in_graphql_response_json_and_200_in_json(string query, string code)
    {
        var strict = await (await Server.PostQueryAsync(query, GraphQLResponse)).ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponse);
        var legacy = await (await Server.PostQueryAsync(query, Json)).ShouldBeAsync(HttpStatusCode.OK, Json);

        Assert.False(strict.TryGetProperty("data", out _));
        Assert.Equal(code, strict.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(strict.GetRawText(), legacy.GetRawText());
    }

    [Fact]
    public async Task Answers_field_errors_with_200_because_execution_started()
    {
        var response = await Server.PostQueryAsync("{ hello boom }", GraphQLResponse);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("Unexpected Execution Error", result.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("Hello, world!", result.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Runs_mutations()
    {
        var before = Server.State.Counter;

        var response = await Server.PostQueryAsync("mutation { increment }", GraphQLResponse);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal(before + 1, result.GetProperty("data").GetProperty("increment").GetInt32());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Refuses_other_methods_with_405(string method)
    {
        var response = await Server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/graphql"));

        var message = (await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, Json)).SingleErrorWithCode("HTTP_METHOD_NOT_ALLOWED");
        Assert.Equal($"The method {method} is not supported: send GraphQL requests with POST, or queries with GET.", message);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow);
    }
}
