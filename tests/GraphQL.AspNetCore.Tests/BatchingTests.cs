using System.Net;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed class BatchingTests
{
    [Fact]
    public async Task Refuses_an_array_of_requests_with_400_by_default()
    {
        await using var server = await GraphQLTestServer.StartAsync();

        var response = await server.PostAsync("""[{"query":"{ hello }"}]""", "application/json");

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, "application/json")).SingleErrorWithCode("HC0009");
        Assert.Equal("Request batching is not enabled on this server: send one request object, not an array of them.", message);
    }

    [Fact]
    public async Task Answers_a_batch_with_the_results_in_order_when_enabled()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableBatching = true);

        var response = await server.PostAsync(
            """[{"query":"mutation { increment }"},{"query":"query($n: String) { hello(name: $n) }","variables":{"n":"Ada"}},{"query":"{ nope }"},{"query":"mutation { increment }"}]""",
            "application/graphql-response+json");

        var results = await response.ShouldBeAsync(HttpStatusCode.OK, "application/graphql-response+json");
        Assert.Equal(4, results.GetArrayLength());
        Assert.Equal("""{"data":{"increment":1}}""", results[0].GetRawText());
        Assert.Equal("""{"data":{"hello":"Hello, Ada!"}}""", results[1].GetRawText());
        Assert.Contains("\"nope\"", results[2].SingleErrorWithCode("GRAPHQL_VALIDATION_FAILED"));
        Assert.Equal("""{"data":{"increment":2}}""", results[3].GetRawText());
    }

    [Theory]
    [InlineData("""[]""", "HC0009", "The request batch is empty: it must contain at least one request object.")]
    [InlineData("""[{"query":"{ hello }"},42]""", "HC0009", "Request 1 of the batch is invalid. It must be a JSON object with a \"query\", but it is a number.")]
    [InlineData("""[{"query":"{ hello }"},{"variables":{}}]""", "HC0013", "Request 1 of the batch is invalid. The request has no \"query\": it must give the GraphQL document as a string.")]
    [InlineData("""[{"query":"{ hello }","variables":[]}]""", "HC0009", "Request 0 of the batch is invalid. The \"variables\" parameter must be an object or null, but it is an array.")]
    public async Task Refuses_a_malformed_batch_with_400_naming_the_request(string body, string code, string expected)
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableBatching = true);

        var response = await server.PostAsync(body, "application/json");

        var message = (await response.ShouldBeAsync(HttpStatusCode.BadRequest, "application/json")).SingleErrorWithCode(code);
        Assert.Equal(expected, message);
    }

    [Fact]
    public async Task Refuses_a_batch_with_a_subscription_before_running_any_request()
    {
        await using var server = await GraphQLTestServer.StartAsync(options => options.EnableBatching = true);

        var response = await server.PostAsync("""[{"query":"mutation { increment }"},{"query":"subscription { ticks }"}]""", "application/json");

        var message = (await response.ShouldBeAsync(HttpStatusCode.NotAcceptable, "application/json")).SingleErrorWithCode("HTTP_SUBSCRIPTION_NEEDS_STREAM");
        Assert.StartsWith("Request 1 of the batch is a subscription", message);
        Assert.Equal(0, server.State.Counter);
        Assert.Equal(0, server.State.Subscriptions);
    }
}
