using GraphQL.Subscriptions;
using GraphQL.Types;

namespace GraphApi.Bench.Fanout;

/// <summary>The event every subscriber receives: its round number.</summary>
public sealed record Tick(int Round);

/// <summary>A schema with one subscription field on one topic.</summary>
public static class TickSchema
{
    public const string Topic = "Bench:Tick";

    public static Schema Build() => SchemaBuilder.New()
        .AddQueryType(typeof(TickQueries))
        .AddSubscriptionType(typeof(TickSubscriptions))
        .Build();
}

[QueryType]
public static class TickQueries
{
    public static string GetPing() => "pong";
}

[SubscriptionType]
public static class TickSubscriptions
{
    /// <summary><c>tick: Tick!</c>: every event published to <see cref="TickSchema.Topic"/>.</summary>
    public static async ValueTask<IAsyncEnumerable<Tick>> Tick(ITopicEventReceiver receiver, CancellationToken cancellationToken) =>
        await receiver.SubscribeAsync<Tick>(TickSchema.Topic, cancellationToken);
}
