using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>Spec 6.2.3: source event streams mapped to response streams.</summary>
public sealed class SubscriptionTests
{
    private const string Sdl = """
        type Query { noop: Int }
        type Subscription { counted(upTo: Int!): Count raw: Int failing: Int broken: Int }
        type Count { value: Int doubled: Int }
        """;

    [Fact]
    public async Task EachEventIsExecutedWithTheEventAsRootValue()
    {
        var source = new CountingSource();
        var executor = Schema(source)
            .BindResolver("Subscription", "counted", context => new ValueTask<object?>(new Dictionary<string, object?> { ["value"] = context.ParentValue }))
            .BindResolver("Count", "doubled", context => new ValueTask<object?>((int)((IReadOnlyDictionary<string, object?>)context.ParentValue!)["value"]! * 2))
            .Executor();

        var results = await CollectAsync(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { counted(upTo: 3) { value doubled } }" }));

        Assert.Equal(
            [
                Json("{'data':{'counted':{'value':1,'doubled':2}}}"),
                Json("{'data':{'counted':{'value':2,'doubled':4}}}"),
                Json("{'data':{'counted':{'value':3,'doubled':6}}}"),
            ],
            results.Select(r => r.ToJson()));
        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task WithoutAResolverTheRootFieldIsTheEventItself()
    {
        var executor = Schema(new CountingSource()).Executor();

        var results = await CollectAsync(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { raw }" }));

        Assert.Equal([Json("{'data':{'raw':1}}"), Json("{'data':{'raw':2}}")], results.Select(r => r.ToJson()));
    }

    [Fact]
    public async Task StoppingTheConsumerDisposesTheSource()
    {
        var source = new CountingSource { Endless = true };
        var executor = Schema(source).Executor();
        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { raw }" }));

        await using (var events = stream.GetAsyncEnumerator())
        {
            Assert.True(await events.MoveNextAsync());
            Assert.True(await events.MoveNextAsync());
            Assert.Equal(Json("{'data':{'raw':2}}"), events.Current.ToJson());
        }

        Assert.True(source.Disposed);
    }

    [Fact]
    public async Task CancellingTheConsumerTokenEndsTheStreamAndDisposesTheSource()
    {
        var source = new CountingSource { Endless = true };
        var executor = Schema(source).Executor();
        var stream = Assert.IsType<ResponseStream>(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { raw }" }));
        using var cancellation = new CancellationTokenSource();
        var received = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in stream.WithCancellation(cancellation.Token))
            {
                if (++received == 3)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(3, received);
        Assert.True(source.Disposed);
        Assert.True(source.SawCancellation);
    }

    [Fact]
    public async Task AnErrorCreatingTheStreamIsASingleResult()
    {
        var executor = Schema(new CountingSource()).Executor();

        var result = Assert.IsType<ExecutionResult>(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { failing }" }));

        Assert.Equal(
            Json("{'errors':[{'message':'No such topic.','locations':[{'line':1,'column':16}],'path':['failing'],'extensions':{'code':'TOPIC'}}]}"),
            result.ToJson());
    }

    [Fact]
    public async Task AFieldWithoutSubscriberCannotBeSubscribedTo()
    {
        var executor = Schema(new CountingSource()).Executor();

        var result = Assert.IsType<ExecutionResult>(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { broken }" }));

        Assert.Equal("Subscription field \"Subscription.broken\" has no event stream: it needs a subscriber.", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task AnErrorOfTheSourceEndsTheStreamWithAResultThatReportsIt()
    {
        var source = new CountingSource { FailAfter = 1 };
        var executor = Schema(source).Executor();

        var results = await CollectAsync(await executor.ExecuteAsync(new GraphQLRequest { Query = "subscription { raw }" }));

        Assert.Equal(2, results.Count);
        Assert.Equal(Json("{'data':{'raw':1}}"), results[0].ToJson());
        Assert.Equal("Unexpected Execution Error", Assert.Single(results[1].Errors).Message);
        Assert.False(results[1].HasData);
    }

    [Fact]
    public async Task AResponseStreamIsEnumeratedOnce()
    {
        var stream = Assert.IsType<ResponseStream>(await Schema(new CountingSource()).Executor().ExecuteAsync(new GraphQLRequest { Query = "subscription { raw }" }));

        await CollectAsync(stream);

        Assert.Throws<InvalidOperationException>(() => stream.GetAsyncEnumerator());
    }

    private static SdlSchemaBuilder Schema(CountingSource source) => SchemaBuilder.FromSdl(Sdl)
        .BindSubscriber("Subscription", "counted", context => new ValueTask<IAsyncEnumerable<object?>>(source.Events(context.ArgumentValue<int>("upTo"))))
        .BindSubscriber("Subscription", "raw", _ => new ValueTask<IAsyncEnumerable<object?>>(source.Events(2)))
        .BindSubscriber("Subscription", "failing", _ => throw new GraphQLException("No such topic.", "TOPIC"));

    private static async Task<List<ExecutionResult>> CollectAsync(IExecutionResult result)
    {
        var results = new List<ExecutionResult>();
        await foreach (var item in Assert.IsType<ResponseStream>(result))
        {
            results.Add(item);
        }
        return results;
    }

    private sealed class CountingSource
    {
        public bool Endless { get; init; }

        public int? FailAfter { get; init; }

        public bool Disposed { get; private set; }

        public bool SawCancellation { get; private set; }

        public async IAsyncEnumerable<object?> Events(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 1; Endless || i <= count; i++)
                {
                    if (FailAfter < i)
                    {
                        throw new InvalidOperationException("The topic broke.");
                    }
                    await Task.Yield();
                    SawCancellation |= cancellationToken.IsCancellationRequested;
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return i;
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
