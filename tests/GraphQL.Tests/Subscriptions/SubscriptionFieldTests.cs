using GraphQL.Execution;
using GraphQL.Subscriptions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphQL.Tests.Subscriptions;

/// <summary>A topic stream as the event stream of a code-first subscription field, with the provider from DI.</summary>
public sealed class SubscriptionFieldTests
{
    private static readonly RequestExecutor Executor = new(SchemaBuilder.New()
        .AddQueryType(typeof(ChatQueries))
        .AddSubscriptionType(typeof(ChatSubscriptions))
        .Build());

    [Fact]
    public async Task Events_sent_to_the_topic_become_results_and_ending_the_subscription_unsubscribes()
    {
        using var services = new ServiceCollection().AddInMemorySubscriptions().BuildServiceProvider();
        var sender = services.GetRequiredService<ITopicEventSender>();
        var pubSub = services.GetRequiredService<InMemoryPubSub>();

        var result = await Executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription { messageAdded(roomId: 7) { text } }",
            Services = services,
        });
        var stream = Assert.IsType<ResponseStream>(result);
        Assert.Equal(1, pubSub.SubscriberCount("ChatRoom:7:MessageAdded")); // live before the first event is read

        await using (var events = stream.GetAsyncEnumerator())
        {
            await sender.SendAsync("ChatRoom:7:MessageAdded", new ChatMessage("hi"));
            await sender.SendAsync("ChatRoom:8:MessageAdded", new ChatMessage("another room"));
            await sender.SendAsync("ChatRoom:7:MessageAdded", new ChatMessage("there"));

            var results = await events.TakeAsync(2);
            Assert.Equal(
                ["""{"data":{"messageAdded":{"text":"hi"}}}""", """{"data":{"messageAdded":{"text":"there"}}}"""],
                results.Select(r => r.ToJson()));
        }

        Assert.Equal(0, pubSub.SubscriberCount("ChatRoom:7:MessageAdded"));
    }

    [Fact]
    public async Task Completing_the_topic_ends_the_subscription()
    {
        using var services = new ServiceCollection().AddInMemorySubscriptions().BuildServiceProvider();
        var sender = services.GetRequiredService<ITopicEventSender>();
        var stream = Assert.IsType<ResponseStream>(await Executor.ExecuteAsync(new GraphQLRequest
        {
            Query = "subscription { messageAdded(roomId: 1) { text } }",
            Services = services,
        }));

        await sender.SendAsync("ChatRoom:1:MessageAdded", new ChatMessage("last"));
        await sender.CompleteAsync("ChatRoom:1:MessageAdded");

        var results = new List<string>();
        await foreach (var item in stream.WithCancellation(new CancellationTokenSource(StreamReading.Patience).Token))
        {
            results.Add(item.ToJson());
        }

        Assert.Equal(["""{"data":{"messageAdded":{"text":"last"}}}"""], results);
    }

    [Fact]
    public async Task The_registration_shares_one_provider_applies_the_options_and_replaces_an_earlier_one()
    {
        var collection = new ServiceCollection().AddInMemorySubscriptions(o => o.TopicBufferCapacity = 1);
        collection.AddInMemorySubscriptions(o => o.TopicBufferCapacity = 5);
        using var services = collection.BuildServiceProvider();

        var pubSub = services.GetRequiredService<InMemoryPubSub>();
        Assert.Same(pubSub, services.GetRequiredService<ITopicEventSender>());
        Assert.Same(pubSub, services.GetRequiredService<ITopicEventReceiver>());
        Assert.Single(collection, d => d.ServiceType == typeof(ITopicEventSender));
        var stream = (TopicStream)await pubSub.SubscribeAsync<int>("T");
        Assert.Equal(5, stream.Capacity);
    }

    [Fact]
    public void Invalid_options_fail_at_registration()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new ServiceCollection().AddInMemorySubscriptions(o => o.TopicBufferCapacity = 0));

        Assert.Equal("TopicBufferCapacity", error.ParamName);
    }
}

public sealed record ChatMessage(string Text);

[QueryType]
public static class ChatQueries
{
    public static string GetPing() => "pong";
}

[SubscriptionType]
public static class ChatSubscriptions
{
    /// <summary>The stream is subscribed before the field returns, so no event sent afterwards is missed.</summary>
    public static async ValueTask<IAsyncEnumerable<ChatMessage>> MessageAdded(int roomId, ITopicEventReceiver receiver, CancellationToken cancellationToken) =>
        await receiver.SubscribeAsync<ChatMessage>($"ChatRoom:{roomId}:MessageAdded", cancellationToken);
}
