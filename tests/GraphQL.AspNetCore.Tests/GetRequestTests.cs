using System.Net;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed class GetRequestTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    private GraphQLTestServer Server => fixture.Server;

    [Theory]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData(null, Json)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Json)]
    public async Task Runs_queries_from_the_query_string(string? accept, string mediaType)
    {
        var response = await Server.GetQueryAsync("{ hello }", accept);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, mediaType);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", result.GetRawText());
    }

    [Fact]
    public async Task Reads_variables_extensions_and_operation_name_as_url_encoded_json()
    {
        var query = Uri.EscapeDataString("query A { a: hello } query B($name: String) { b: hello(name: $name) }");
        var variables = Uri.EscapeDataString("""{"name":"Zoë"}""");
        var extensions = Uri.EscapeDataString("""{"some":"value"}""");

        var response = await Server.GetAsync($"/graphql?query={query}&operationName=B&variables={variables}&extensions={extensions}", GraphQLResponse);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("""{"data":{"b":"Hello, Zoë!"}}""", result.GetRawText());
    }

    [Theory]
    [InlineData("variables", "{\"name\":", "The \"variables\" parameter must be a JSON object: ")]
    [InlineData("variables", "[1]", "The \"variables\" parameter must be a JSON object: Expected a JSON object but found Array.")]
    [InlineData("extensions", "42", "The \"extensions\" parameter must be a JSON object: Expected a JSON object but found Number.")]
    public async Task Refuses_parameters_that_are_not_json_objects_with_400(string parameter, string value, string expectedStart)
    {
        var response = await Server.GetAsync($"/graphql?query=%7Bhello%7D&{parameter}={Uri.EscapeDataString(value)}", Json);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json)).SingleErrorWithCode("HC0009");
        Assert.StartsWith(expectedStart, message);
    }

    [Fact]
    public async Task Refuses_a_parameter_given_twice_with_400()
    {
        var response = await Server.GetAsync("/graphql?query=%7Bhello%7D&query=%7Bme%7D", Json);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json)).SingleErrorWithCode("HC0009");
        Assert.Equal("The \"query\" parameter is given 2 times: give it once.", message);
    }

    [Fact]
    public async Task Refuses_a_request_without_a_query_with_400()
    {
        var response = await Server.GetAsync("/graphql", GraphQLResponse);

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponse)).SingleErrorWithCode("HC0013");
        Assert.Equal("The request has no \"query\": it must give the GraphQL document as a string.", message);
    }

    [Theory]
    [InlineData("mutation { increment }", null, GraphQLResponse)]
    [InlineData("mutation { increment }", null, Json)]
    [InlineData("mutation { __typename }", null, GraphQLResponse)]
    [InlineData("query Q { hello } mutation M { increment }", "M", GraphQLResponse)]
    public async Task Refuses_mutations_with_405_and_does_not_run_them(string query, string? operationName, string accept)
    {
        var before = Server.State.Counter;
        var name = operationName is null ? "" : "&operationName=" + operationName;

        var response = await Server.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}{name}", accept);

        var message = (await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, accept)).SingleErrorWithCode("HTTP_METHOD_NOT_ALLOWED");
        Assert.Equal("Mutations cannot be sent with GET: send them with POST.", message);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        Assert.Equal(before, Server.State.Counter);
    }

    [Theory]
    [InlineData("query Q { hello } mutation M { increment }", "Q")]
    [InlineData("{ mutation: hello }", null)]
    public async Task Runs_queries_that_merely_mention_mutations(string query, string? operationName)
    {
        var name = operationName is null ? "" : "&operationName=" + operationName;

        var response = await Server.GetAsync($"/graphql?query={Uri.EscapeDataString(query)}{name}", GraphQLResponse);

        var result = await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponse);
        Assert.Equal("Hello, world!", result.GetProperty("data").EnumerateObject().Single().Value.GetString());
    }

    [Fact]
    public async Task Refuses_queries_with_405_when_get_requests_are_disabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableGetRequests = false);

        var response = await server.GetQueryAsync("{ hello }", Json);

        var message = (await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, Json)).SingleErrorWithCode("HTTP_METHOD_NOT_ALLOWED");
        Assert.Equal("GET requests are disabled on this server: send GraphQL requests with POST.", message);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }
}
