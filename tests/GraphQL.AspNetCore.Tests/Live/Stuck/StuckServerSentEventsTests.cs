using System.Diagnostics;
using GraphQL.AspNetCore.Tests.Live.Sse;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>
/// A server-sent events client that stops reading its response: a write over <c>WriteTimeout</c> drops the connection,
/// its subscription leaves the topic, a warning is logged, and other clients of the topic are not disturbed.
/// </summary>
public sealed class StuckServerSentEventsTests
{
    [Fact]
    public async Task A_client_that_stops_reading_is_dropped_and_unsubscribed_while_a_reading_client_gets_every_event_in_order()
    {
        await using var server = await TopicServer.StartAsync(options => options.Sse.WriteTimeout = TimeSpan.FromSeconds(1));
        const string topic = "sse-stops-reading";
        await using var stuck = await RawTcpClient.ConnectAsync(server.Server.BaseAddress);
        await stuck.PostEventStreamAsync(TopicServer.Subscription(topic));
        using var reader = await EventStreamReader.PostAsync(server.Server.Client, TopicServer.Subscription(topic));
        await server.WaitForSubscribersAsync(topic, 2);

        int? droppedAfter = null;
        await server.PublishPacedAsync(topic, number => ExpectEventAsync(reader, number), published =>
        {
            droppedAfter ??= server.PubSub.SubscriberCount(topic) < 2 ? published : null;
            return published >= droppedAfter + 3;
        });

        Assert.Equal(1, server.PubSub.SubscriberCount(topic));
        var warning = Assert.Single(await server.Warnings.WaitForAsync("Server-sent event stream"));
        Assert.Matches(@"^Server-sent event stream of connection \S+ aborted: a write was not completed within 00:00:01 \(the client does not read\)\.$", warning);
        await stuck.DrainUntilDroppedAsync();
    }

    [Fact]
    public async Task Shutdown_with_a_stuck_client_finishes_within_the_shutdown_timeout_and_completes_the_other_clients()
    {
        var shutdownTimeout = TimeSpan.FromSeconds(30);
        await using var server = await TopicServer.StartAsync(options => options.Sse.WriteTimeout = TimeSpan.FromSeconds(5), shutdownTimeout);
        const string topic = "sse-stuck-at-shutdown";
        await using var stuck = await RawTcpClient.ConnectAsync(server.Server.BaseAddress);
        await stuck.PostEventStreamAsync(TopicServer.Subscription(topic));
        using var reader = await EventStreamReader.PostAsync(server.Server.Client, TopicServer.Subscription(topic));
        await server.WaitForSubscribersAsync(topic, 2);
        await server.PublishPacedAsync(topic, number => ExpectEventAsync(reader, number), published => published == 150);
        Assert.True(server.PubSub.SubscriberCount(topic) == 2, "The stuck client was dropped before the stop; the test needs it stuck when the server stops.");

        var stopwatch = Stopwatch.StartNew();
        var stopping = server.Server.StopAsync();
        var complete = await reader.ReadAsync("complete");
        Assert.Null(await reader.ReadAsync());
        await stopping;
        stopwatch.Stop();

        Assert.True(stopwatch.Elapsed < shutdownTimeout, $"The stop took {stopwatch.Elapsed}: the host's shutdown timeout ({shutdownTimeout}) ended it, not the write timeout.");
        Assert.Equal("", complete.Data);
        Assert.Single(await server.Warnings.WaitForAsync("Server-sent event stream"));
        Assert.Equal(0, server.PubSub.SubscriberCount(topic));
        await stuck.DrainUntilDroppedAsync();
    }

    private static async Task ExpectEventAsync(EventStreamReader reader, int number)
    {
        var value = (await reader.ReadAsync("next")).ParseJson().GetProperty("data").GetProperty("events").GetString()!;
        Assert.True(value == TopicServer.LargeEvent(number), $"Expected event {number}, got \"{value[..Math.Min(value.Length, 12)]}…\".");
    }
}
