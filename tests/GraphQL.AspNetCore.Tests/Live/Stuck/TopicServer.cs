using GraphQL.AspNetCore.Tests.Infrastructure;
using GraphQL.Subscriptions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GraphQL.AspNetCore.Tests.Live.Stuck;

/// <summary>
/// A real server whose subscription <c>events(topic)</c> reads the real in-memory topic provider (each subscriber's
/// bounded buffer, unsubscribed when the server disposes the stream), with the warnings it logs kept. Keep-alives
/// are off unless a test switches them on.
/// </summary>
internal sealed class TopicServer : IAsyncDisposable
{
    private const string Sdl = """
        type Query {
          hello: String!
        }

        type Subscription {
          events(topic: String!): String!
        }
        """;

    private TopicServer(GraphQLTestServer server, WarningLog warnings)
    {
        Server = server;
        Warnings = warnings;
        PubSub = server.Services.GetRequiredService<InMemoryPubSub>();
    }

    public GraphQLTestServer Server { get; }

    public InMemoryPubSub PubSub { get; }

    public WarningLog Warnings { get; }

    public static string Subscription(string topic) => $$"""subscription { events(topic: "{{topic}}") }""";

    public static async Task<TopicServer> StartAsync(Action<GraphQLServerOptions> configure, TimeSpan? shutdownTimeout = null)
    {
        var warnings = new WarningLog();
        var schema = SchemaBuilder.FromSdl(Sdl)
            .BindResolver("Query", "hello", _ => new("Hello, world!"))
            .BindSubscriber("Subscription", "events", async context =>
                (IAsyncEnumerable<object?>)await context.Services.GetRequiredService<ITopicEventReceiver>()
                    .SubscribeAsync<string>(context.ArgumentValue<string>("topic")))
            .Build();
        var server = await GraphQLTestServer.StartAsync(
            options =>
            {
                options.WebSockets.KeepAliveInterval = null;
                options.Sse.KeepAliveInterval = null;
                configure(options);
            },
            schema: schema,
            configureServices: services =>
            {
                services.AddInMemorySubscriptions().AddSingleton<ILoggerProvider>(warnings);
                if (shutdownTimeout is { } timeout)
                {
                    services.Configure<HostOptions>(host => host.ShutdownTimeout = timeout);
                }
            });
        return new TopicServer(server, warnings);
    }

    /// <summary>Waits until <paramref name="topic"/> has <paramref name="count"/> subscribers; fails after a generous limit.</summary>
    public async Task WaitForSubscribersAsync(string topic, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (PubSub.SubscriberCount(topic) != count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Topic \"{topic}\" has {PubSub.SubscriberCount(topic)} subscribers, not {count}.");
            await Task.Delay(10);
        }
    }

    /// <summary>
    /// Publishes large numbered events (<see cref="LargeEvent"/>) to <paramref name="topic"/>, each once
    /// <paramref name="receive"/> has had the one before (so a client that reads never loses one), until
    /// <paramref name="done"/> says so after an event; returns how many were published. Fails after a generous limit.
    /// </summary>
    public async Task<int> PublishPacedAsync(string topic, Func<int, Task> receive, Func<int, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var published = 0;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, $"Still publishing to \"{topic}\" after {published} events.");
            published++;
            await PubSub.SendAsync(topic, LargeEvent(published));
            await receive(published);
        }
        while (!done(published));
        return published;
    }

    /// <summary>Event <paramref name="number"/>: the number, a colon, and 64 KiB, to fill a client's TCP buffers fast.</summary>
    public static string LargeEvent(int number) => $"{number}:" + new string('x', 64 * 1024);

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
