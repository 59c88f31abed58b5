using System.Runtime.CompilerServices;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Tests.CodeFirst;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.DataLoader;

/// <summary>DataLoaders used by a subscription: in its subscriber (before the stream exists) and in each event's selection set.</summary>
public sealed class SubscriptionDataLoaderTests
{
    /// <summary>Long enough for any machine; a load that is never dispatched would wait forever.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly BatchLog _log = new();

    [Fact]
    public async Task A_load_in_the_subscriber_is_dispatched()
    {
        using var limit = new CancellationTokenSource(Limit);

        var stream = await SubscribeAsync("subscription { userEvents(id: 7) { name } }", limit.Token);

        Assert.Equal([[7]], _log.Of("users"));
        var results = await CollectAsync(stream, limit.Token);
        Assert.Equal([Json("{'data':{'userEvents':{'name':'user 7'}}}"), Json("{'data':{'userEvents':{'name':'user 7'}}}")], results);
    }

    [Fact]
    public async Task A_failing_load_in_the_subscriber_is_a_subscribe_error()
    {
        using var limit = new CancellationTokenSource(Limit);

        var result = await Executor().ExecuteAsync(Request("subscription { userEvents(id: 404) { name } }"), limit.Token);

        var error = Assert.Single(Assert.IsType<ExecutionResult>(result).Errors);
        Assert.Equal("No user 404.", error.Message);
        Assert.Equal(["userEvents"], error.Path!.ToList());
    }

    [Fact]
    public async Task Loads_of_each_events_selection_set_share_one_batch()
    {
        using var limit = new CancellationTokenSource(Limit);

        var stream = await SubscribeAsync("subscription { userEvents(id: 1) { a: friend { name } b: friend { id } } }", limit.Token);
        var results = await CollectAsync(stream, limit.Token);

        Assert.Equal(2, results.Count);
        Assert.All(results, result => Assert.Equal(Json("{'data':{'userEvents':{'a':{'name':'user 11'},'b':{'id':11}}}}"), result));
        // The subscriber's load, then one batch per event: the two friends share it.
        Assert.Equal([[1], [11], [11]], _log.Of("users"));
    }

    private async Task<ResponseStream> SubscribeAsync(string query, CancellationToken cancellationToken) =>
        Assert.IsType<ResponseStream>(await Task.Run(() => Executor().ExecuteAsync(Request(query), cancellationToken), cancellationToken));

    private GraphQLRequest Request(string query) => new() { Query = query, Services = new TestServices(_log) };

    private static async Task<List<string>> CollectAsync(ResponseStream stream, CancellationToken cancellationToken)
    {
        var results = new List<string>();
        await foreach (var result in stream.WithCancellation(cancellationToken))
        {
            results.Add(result.ToJson());
        }
        return results;
    }

    private static RequestExecutor Executor() => SchemaBuilder.FromSdl("""
            type Query { noop: Int }
            type Subscription { userEvents(id: Int!): User }
            type User { id: Int! name: String! friend: User }
            """)
        .BindSubscriber("Subscription", "userEvents", async context =>
        {
            var id = context.ArgumentValue<int>("id");
            var user = await context.DataLoader<UserByIdLoader>().LoadAsync(id) ?? throw new GraphQLException($"No user {id}.");
            return Twice(user);
        })
        .BindResolver("User", "friend", async context => await context.DataLoader<UserByIdLoader>().LoadAsync(context.Parent<User>().Id + 10))
        .Executor();

    private static async IAsyncEnumerable<object?> Twice(User user, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < 2; i++)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return user;
        }
    }
}
