using GraphQL.Subscriptions;

namespace GraphQL.Tests.Subscriptions;

/// <summary>The in-memory topic provider: fan-out, unsubscribing, completion, message types and cancellation.</summary>
public sealed class InMemoryPubSubTests
{
    private readonly InMemoryPubSub pubSub = new();

    [Fact]
    public async Task Every_subscriber_receives_every_message_in_order()
    {
        var streams = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => pubSub.SubscribeAsync<int>("Room:1:MessageAdded").AsTask()));

        for (var i = 1; i <= 10; i++)
        {
            await pubSub.SendAsync("Room:1:MessageAdded", i);
        }

        await pubSub.CompleteAsync("Room:1:MessageAdded");
        foreach (var stream in streams)
        {
            Assert.Equal(Enumerable.Range(1, 10), await stream.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task Subscribers_of_other_topics_receive_nothing()
    {
        var mine = await pubSub.SubscribeAsync<string>("User:1:NotificationReceived");
        var other = await pubSub.SubscribeAsync<string>("User:2:NotificationReceived");

        await pubSub.SendAsync("User:1:NotificationReceived", "for 1");
        await pubSub.CompleteAsync("User:1:NotificationReceived");
        await pubSub.CompleteAsync("User:2:NotificationReceived");

        Assert.Equal(["for 1"], await mine.ReadToEndAsync());
        Assert.Empty(await other.ReadToEndAsync());
    }

    [Fact]
    public async Task Disposing_a_stream_unsubscribes_it_and_leaves_the_others()
    {
        var leaving = await pubSub.SubscribeAsync<int>("T");
        var staying = await pubSub.SubscribeAsync<int>("T");
        await pubSub.SendAsync("T", 1);

        await leaving.DisposeAsync();
        await pubSub.SendAsync("T", 2);

        Assert.Equal(1, pubSub.SubscriberCount("T"));
        Assert.Equal(0, ((TopicStream)leaving).DroppedMessageCount);
        await pubSub.CompleteAsync("T");
        Assert.Equal([1, 2], await staying.ReadToEndAsync());
    }

    [Fact]
    public async Task Leaving_an_await_foreach_unsubscribes()
    {
        var stream = await pubSub.SubscribeAsync<int>("T");
        await pubSub.SendAsync("T", 1);

        await foreach (var message in stream)
        {
            Assert.Equal(1, message);
            break;
        }

        Assert.Equal(0, pubSub.SubscriberCount("T"));
        await pubSub.SendAsync("T", 2); // nobody listens any more: no error
    }

    [Fact]
    public async Task Disposing_a_stream_that_was_never_read_unsubscribes()
    {
        var stream = await pubSub.SubscribeAsync<int>("T");

        await stream.DisposeAsync();
        await stream.DisposeAsync();

        Assert.Equal(0, pubSub.SubscriberCount("T"));
        Assert.True(((TopicStream)stream).IsDisposed);
    }

    [Fact]
    public async Task Completion_delivers_what_is_buffered_then_ends_and_a_later_subscriber_starts_afresh()
    {
        var first = await pubSub.SubscribeAsync<int>("T");
        await pubSub.SendAsync("T", 1);
        await pubSub.SendAsync("T", 2);

        await pubSub.CompleteAsync("T");
        var later = await pubSub.SubscribeAsync<int>("T");
        await pubSub.SendAsync("T", 3);

        Assert.Equal([1, 2], await first.ReadToEndAsync());
        Assert.Equal(1, pubSub.SubscriberCount("T"));
        await pubSub.CompleteAsync("T");
        Assert.Equal([3], await later.ReadToEndAsync());
    }

    [Fact]
    public async Task Completing_a_topic_nobody_subscribes_to_does_nothing()
    {
        await pubSub.CompleteAsync("Nobody");

        Assert.Equal(0, pubSub.SubscriberCount("Nobody"));
    }

    [Fact]
    public async Task Typed_messages_reach_subscribers_of_a_base_type_and_a_wrong_type_is_refused_before_anyone_receives_it()
    {
        var records = await pubSub.SubscribeAsync<Notice>("T");
        var objects = await pubSub.SubscribeAsync<object>("T");
        await pubSub.SendAsync("T", new Notice("hello"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => pubSub.SendAsync("T", 42).AsTask());

        Assert.Equal("Topic 'T' has a subscriber of Notice messages, but a Int32 message was sent to it.", error.Message);
        await pubSub.CompleteAsync("T");
        Assert.Equal([new Notice("hello")], await records.ReadToEndAsync());
        Assert.Equal([new Notice("hello")], await objects.ReadToEndAsync());
    }

    [Fact]
    public async Task Null_messages_reach_subscribers_of_a_nullable_type_only()
    {
        var nullable = await pubSub.SubscribeAsync<Notice?>("T");
        await pubSub.SendAsync<Notice?>("T", null);
        var numbers = await pubSub.SubscribeAsync<int>("U");

        await Assert.ThrowsAsync<InvalidOperationException>(() => pubSub.SendAsync<object?>("U", null).AsTask());

        await pubSub.CompleteAsync("T");
        Assert.Equal([null], await nullable.ReadToEndAsync());
        await numbers.DisposeAsync();
    }

    [Fact]
    public async Task A_stream_is_enumerated_once()
    {
        var stream = await pubSub.SubscribeAsync<int>("T");
        await using var reading = stream.GetAsyncEnumerator();

        var error = Assert.Throws<InvalidOperationException>(() => { stream.GetAsyncEnumerator(); });

        Assert.Equal("The stream of topic 'T' can be enumerated only once.", error.Message);
    }

    [Fact]
    public async Task Cancelling_the_reader_stops_the_wait_and_disposing_then_unsubscribes()
    {
        var stream = await pubSub.SubscribeAsync<int>("T");
        using var cancel = new CancellationTokenSource();
        var reading = stream.GetAsyncEnumerator(cancel.Token);
        var waiting = reading.MoveNextAsync().AsTask();

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        await reading.DisposeAsync();
        Assert.Equal(0, pubSub.SubscriberCount("T"));
    }

    [Fact]
    public async Task Subscribing_with_a_cancelled_token_or_a_blank_topic_fails()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pubSub.SubscribeAsync<int>("T", cancelled.Token).AsTask());
        var blank = await Assert.ThrowsAsync<ArgumentException>(() => pubSub.SubscribeAsync<int>(" ").AsTask());
        Assert.Equal("topic", blank.ParamName);
        await Assert.ThrowsAsync<ArgumentException>(() => pubSub.SendAsync("", 1).AsTask());
        Assert.Equal(0, pubSub.SubscriberCount("T"));
    }

    [Fact]
    public async Task Concurrent_senders_subscribers_and_leavers_lose_nothing_for_the_subscribers_that_stay()
    {
        const int senders = 8, perSender = 500;
        var staying = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => pubSub.SubscribeAsync<(int Sender, int Sequence)>("T", senders * perSender, null).AsTask()));

        var sending = Enumerable.Range(0, senders).Select(sender => Task.Run(async () =>
        {
            for (var i = 0; i < perSender; i++)
            {
                await pubSub.SendAsync("T", (sender, i));
            }
        }));
        var churning = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await using var passing = await pubSub.SubscribeAsync<(int, int)>("T");
            }
        }));
        await Task.WhenAll(sending.Concat(churning));
        await pubSub.CompleteAsync("T");

        foreach (var stream in staying)
        {
            var received = await stream.ReadToEndAsync();
            Assert.Equal(senders * perSender, received.Count);
            foreach (var fromOneSender in received.GroupBy(m => m.Sender))
            {
                Assert.Equal(Enumerable.Range(0, perSender), fromOneSender.Select(m => m.Sequence));
            }
        }
    }

    private sealed record Notice(string Text);
}
