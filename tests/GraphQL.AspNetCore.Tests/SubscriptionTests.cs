using System.Net;
using GraphQL.AspNetCore.Tests.Infrastructure;

namespace GraphQL.AspNetCore.Tests;

public sealed class SubscriptionTests(DefaultServerFixture fixture) : IClassFixture<DefaultServerFixture>
{
    private const string Expected = "The request is a subscription, whose stream of results a single HTTP response cannot carry: " +
        "accept text/event-stream (server-sent events) or subscribe over a WebSocket at this endpoint (graphql-transport-ws) instead.";

    private GraphQLTestServer Server => fixture.Server;

    [Fact]
    public async Task Refuses_a_subscription_over_post_with_406_without_subscribing()
    {
        var response = await Server.PostQueryAsync("subscription { ticks }", "application/graphql-response+json");

        var result = await response.ShouldBeAsync(HttpStatusCode.NotAcceptable, "application/graphql-response+json");
        Assert.Equal(Expected, result.SingleErrorWithCode("HTTP_SUBSCRIPTION_NEEDS_STREAM"));
        Assert.Equal(0, Server.State.Subscriptions);
    }

    [Fact]
    public async Task Refuses_a_subscription_over_get_with_406_without_subscribing()
    {
        var response = await Server.GetQueryAsync("subscription OnTick { ticks }", "application/json");

        var result = await response.ShouldBeAsync(HttpStatusCode.NotAcceptable, "application/json");
        Assert.Equal(Expected, result.SingleErrorWithCode("HTTP_SUBSCRIPTION_NEEDS_STREAM"));
        Assert.Equal(0, Server.State.Subscriptions);
    }
}
