using System.Net;

namespace GraphQL.AspNetCore.Tests.Live.Sse;

/// <summary>graphql-sse's distinct connections mode over real HTTP: POST and GET with <c>Accept: text/event-stream</c>.</summary>
public sealed class ServerSentEventsTests(LiveServerFixture fixture) : IClassFixture<LiveServerFixture>
{
    private LiveServer Live => fixture.Live;

    private HttpClient Client => Live.Server.Client;

    [Fact]
    public async Task A_subscription_over_post_streams_next_events_then_complete_and_ends()
    {
        using var stream = await EventStreamReader.PostAsync(Client, "subscription { count(to: 3) }");

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", stream.Response.Headers.CacheControl?.ToString());
        for (var i = 1; i <= 3; i++)
        {
            Assert.Equal(i, (await stream.ReadAsync("next")).ParseJson().GetProperty("data").GetProperty("count").GetInt32());
        }
        Assert.Equal("", (await stream.ReadAsync("complete")).Data);
        Assert.Null(await stream.ReadAsync());
    }

    [Fact]
    public async Task A_subscription_over_get_streams_too()
    {
        using var stream = await EventStreamReader.GetAsync(Client, "subscription { count(to: 1) }");

        Assert.Equal(1, (await stream.ReadAsync("next")).ParseJson().GetProperty("data").GetProperty("count").GetInt32());
        await stream.ReadAsync("complete");
    }

    [Fact]
    public async Task Published_events_arrive_as_they_happen()
    {
        using var stream = await EventStreamReader.PostAsync(Client, """subscription { events(topic: "sse-live") }""");
        await Live.Hub.WaitForSubscribersAsync("sse-live", 1);

        Live.Hub.Publish("sse-live", "one");
        Assert.Equal("one", (await stream.ReadAsync("next")).ParseJson().GetProperty("data").GetProperty("events").GetString());
        Live.Hub.Publish("sse-live", "two");
        Assert.Equal("two", (await stream.ReadAsync("next")).ParseJson().GetProperty("data").GetProperty("events").GetString());
    }

    [Fact]
    public async Task The_subscription_ends_when_the_client_disconnects()
    {
        var stream = await EventStreamReader.PostAsync(Client, """subscription { events(topic: "sse-disconnect") }""");
        await Live.Hub.WaitForSubscribersAsync("sse-disconnect", 1);

        stream.Dispose();

        await Live.Hub.WaitForSubscribersAsync("sse-disconnect", 0);
    }

    [Fact]
    public async Task A_query_accepting_only_event_streams_gets_one_next_then_complete()
    {
        using var stream = await EventStreamReader.PostAsync(Client, "{ hello }");

        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", (await stream.ReadAsync("next")).Data);
        await stream.ReadAsync("complete");
        Assert.Null(await stream.ReadAsync());
    }

    [Fact]
    public async Task A_query_accepting_json_too_gets_json()
    {
        var response = await Live.Server.PostQueryAsync("{ hello }", "text/event-stream, application/json");

        var result = await Infrastructure.ResponseAssertions.ShouldBeAsync(response, HttpStatusCode.OK, "application/json");
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", result.GetRawText());
    }

    [Fact]
    public async Task A_subscription_the_user_may_not_read_streams_its_error_then_complete()
    {
        using var stream = await EventStreamReader.PostAsync(Client, """subscription { secret(topic: "sse-secret") }""");

        var result = (await stream.ReadAsync("next")).ParseJson();
        Assert.Equal("AUTH_NOT_AUTHENTICATED", result.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(result.TryGetProperty("data", out _));
        await stream.ReadAsync("complete");
        Assert.Equal(0, Live.Hub.SubscriberCount("sse-secret"));
    }

    [Fact]
    public async Task A_validation_error_streams_as_one_next_with_errors_then_complete()
    {
        using var stream = await EventStreamReader.PostAsync(Client, "subscription { nope }");

        Assert.Contains("nope", (await stream.ReadAsync("next")).ParseJson().GetProperty("errors")[0].GetProperty("message").GetString());
        await stream.ReadAsync("complete");
    }

    [Fact]
    public async Task A_malformed_body_is_still_refused_with_400_json()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "text/event-stream");

        var response = await Client.SendAsync(request);

        var result = await Infrastructure.ResponseAssertions.ShouldBeAsync(response, HttpStatusCode.BadRequest, "application/json");
        Infrastructure.ResponseAssertions.SingleErrorWithCode(result, "HC0009");
    }

    [Fact]
    public async Task A_subscription_without_event_stream_in_accept_is_still_refused_with_406()
    {
        var response = await Live.Server.PostQueryAsync("subscription { count(to: 1) }", "application/json");

        var result = await Infrastructure.ResponseAssertions.ShouldBeAsync(response, HttpStatusCode.NotAcceptable, "application/json");
        Infrastructure.ResponseAssertions.SingleErrorWithCode(result, "HTTP_SUBSCRIPTION_NEEDS_STREAM");
    }
}

/// <summary>The SSE settings and a real server stop.</summary>
public sealed class ServerSentEventsOptionTests
{
    [Fact]
    public async Task With_sse_disabled_a_subscription_is_refused_with_406()
    {
        await using var live = await LiveServer.StartAsync(options => options.Sse.Enable = false);

        var response = await live.Server.PostQueryAsync("subscription { count(to: 1) }", "text/event-stream, application/json");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(0, live.Hub.SubscriberCount("any"));
    }

    [Fact]
    public async Task A_quiet_stream_gets_keep_alive_comments()
    {
        await using var live = await LiveServer.StartAsync(options => options.Sse.KeepAliveInterval = TimeSpan.FromMilliseconds(50));
        using var stream = await EventStreamReader.PostAsync(live.Server.Client, """subscription { events(topic: "sse-quiet") }""");

        var first = await stream.ReadAsync();
        var second = await stream.ReadAsync();

        Assert.True(first is { IsComment: true } && second is { IsComment: true }, $"Expected two comments, got {first} and {second}.");
    }

    [Fact]
    public async Task Stopping_the_server_sends_complete_and_ends_the_stream()
    {
        await using var live = await LiveServer.StartAsync();
        using var stream = await EventStreamReader.PostAsync(live.Server.Client, """subscription { events(topic: "sse-shutdown") }""");
        await live.Hub.WaitForSubscribersAsync("sse-shutdown", 1);

        var stopping = live.Server.StopAsync();
        await stream.ReadAsync("complete");
        Assert.Null(await stream.ReadAsync());
        await stopping;

        Assert.Equal(0, live.Hub.SubscriberCount("sse-shutdown"));
    }
}
