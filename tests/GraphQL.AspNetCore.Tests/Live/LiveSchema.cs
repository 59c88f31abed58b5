using System.Runtime.CompilerServices;
using GraphQL.Types;

namespace GraphQL.AspNetCore.Tests.Live;

/// <summary>The schema of the live transport tests: subscriptions fed by the <see cref="EventHub"/> and finite streams.</summary>
internal static class LiveSchema
{
    public const string Sdl = """
        type Query {
          hello: String!
          "The name of the user the operation runs as."
          me: String
        }

        type Mutation {
          increment: Int!
        }

        type Subscription {
          "The messages published to the hub's topic."
          events(topic: String!): String!
          "The same, for Ada only (policy AdaOnly)."
          secret(topic: String!): String! @authorize(policy: "AdaOnly")
          "1, 2, … to, then the stream completes."
          count(to: Int!): Int!
          "One event, then the source fails."
          failing: Int!
        }
        """;

    public static Schema Build(EventHub hub)
    {
        var counter = 0;
        return SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "hello", _ => new("Hello, world!"))
            .BindResolver("Query", "me", context => new(context.User?.Identity?.Name))
            .BindResolver("Mutation", "increment", _ => new(Interlocked.Increment(ref counter)))
            .BindSubscriber("Subscription", "events", context => new(hub.SubscribeAsync(context.ArgumentValue<string>("topic"))))
            .BindSubscriber("Subscription", "secret", context => new(hub.SubscribeAsync(context.ArgumentValue<string>("topic"))))
            .BindSubscriber("Subscription", "count", context => new(CountAsync(context.ArgumentValue<int>("to"))))
            .BindSubscriber("Subscription", "failing", _ => new(FailAfterOneAsync()))
            .Build();
    }

    private static async IAsyncEnumerable<object?> CountAsync(int to, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 1; i <= to; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> FailAfterOneAsync()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("The source failed.");
    }
}
