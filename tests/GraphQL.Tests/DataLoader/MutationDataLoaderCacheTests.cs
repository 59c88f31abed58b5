using System.Collections.Concurrent;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.DataLoader;

/// <summary>
/// Mutation root fields run one after another and each sees the writes before it: the DataLoader caches are emptied
/// before every mutation root field after the first, while the loads within one field's payload still batch.
/// </summary>
public sealed class MutationDataLoaderCacheTests
{
    private readonly BatchLog _log = new();
    private readonly CounterStore _store = new();

    [Fact]
    public async Task EachMutationFieldReadsWhatTheFieldsBeforeItWrote()
    {
        var result = await RunAsync("""
            mutation {
              a: increment(id: 1) { value }
              b: increment(id: 1) { value }
              c: increment(id: 1) { value again: value }
            }
            """);

        Assert.Equal(Json("{'data':{'a':{'value':1},'b':{'value':2},'c':{'value':3,'again':3}}}"), result.ToJson());
        Assert.Equal([[1], [1], [1]], _log.Of("counters"));
    }

    [Fact]
    public async Task TheLoadsOfOneMutationFieldsPayloadShareOneBatch()
    {
        var result = await RunAsync("""
            mutation {
              a: incrementAll(ids: [1, 2, 3]) { value }
              b: incrementAll(ids: [2, 3]) { value twin { value } }
            }
            """);

        Assert.Equal(
            Json("{'data':{'a':[{'value':1},{'value':1},{'value':1}],'b':[{'value':2,'twin':{'value':2}},{'value':2,'twin':{'value':2}}]}}"),
            result.ToJson());
        // b's counters and their twins (the same keys) are one batch, answered from the cache b filled.
        Assert.Equal([[1, 2, 3], [2, 3]], _log.Of("counters"));
    }

    [Fact]
    public async Task ALoadAMutationFieldStartsAfterAnAwaitIsDispatchedInEveryField()
    {
        // Each field loads only once its write is done, on another thread while the loop sleeps: the loop must hear
        // that load in the second field as in the first.
        var result = await RunAsync("mutation { a: incrementLater(id: 7) b: incrementLater(id: 7) c: incrementLater(id: 8) }");

        Assert.Equal(Json("{'data':{'a':1,'b':2,'c':1}}"), result.ToJson());
        Assert.Equal([[7], [7], [8]], _log.Of("counters"));
    }

    [Fact]
    public async Task AQueryKeepsOneCacheForTheWholeRequest()
    {
        _store.Increment(1);

        var result = await RunAsync("{ a: counter(id: 1) { value } b: counter(id: 1) { value twin { value } } }");

        Assert.Equal(Json("{'data':{'a':{'value':1},'b':{'value':1,'twin':{'value':1}}}}"), result.ToJson());
        Assert.Equal([[1]], _log.Of("counters"));
    }

    private Task<ExecutionResult> RunAsync(string query) =>
        Task.Run(() => Executor().RunAsync(query, services: new TestServices(_log, _store)));

    /// <summary>A short timeout: a load the loop never hears hangs until it.</summary>
    private static readonly ExecutionOptions Options = new() { ExecutionTimeout = TimeSpan.FromSeconds(5) };

    private static RequestExecutor Executor() => SchemaBuilder.FromSdl("""
            type Query { counter(id: Int!): Counter! }
            type Mutation {
              increment(id: Int!): Counter!
              incrementAll(ids: [Int!]!): [Counter!]!
              incrementLater(id: Int!): Int!
            }
            type Counter { value: Int! twin: Counter! }
            """)
        .BindResolver("Query", "counter", context => new ValueTask<object?>(new CounterId(context.ArgumentValue<int>("id"))))
        .BindResolver("Mutation", "increment", context =>
        {
            var id = context.ArgumentValue<int>("id");
            context.Service<CounterStore>().Increment(id);
            return new ValueTask<object?>(new CounterId(id));
        })
        .BindResolver("Mutation", "incrementAll", context =>
        {
            var ids = context.ArgumentValue<int[]>("ids");
            var store = context.Service<CounterStore>();
            foreach (var id in ids)
            {
                store.Increment(id);
            }
            return new ValueTask<object?>(ids.Select(id => new CounterId(id)).ToArray());
        })
        .BindResolver("Mutation", "incrementLater", async context =>
        {
            var id = context.ArgumentValue<int>("id");
            var loader = context.DataLoader<CounterValueLoader>();
            await Task.Delay(20);
            context.Service<CounterStore>().Increment(id);
            return await loader.LoadAsync(id);
        })
        .BindResolver("Counter", "value", async context => await context.DataLoader<CounterValueLoader>().LoadAsync(context.Parent<CounterId>().Id))
        .BindResolver("Counter", "twin", context => new ValueTask<object?>(context.Parent<CounterId>()))
        .Executor(Options);
}

/// <summary>A counter as the schema returns it: its value is loaded.</summary>
public sealed record CounterId(int Id);

/// <summary>Counters in memory, the "database" the mutations write.</summary>
public sealed class CounterStore
{
    private readonly ConcurrentDictionary<int, int> _values = new();

    public void Increment(int id) => _values.AddOrUpdate(id, 1, (_, value) => value + 1);

    public int Read(int id) => _values.GetValueOrDefault(id);
}

/// <summary>Counter values by id, read from the store in batches.</summary>
public sealed class CounterValueLoader(BatchLog log, CounterStore store) : BatchDataLoader<int, int>
{
    protected override async Task<IReadOnlyDictionary<int, int>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Add("counters", keys);
        await Task.Yield();
        return keys.ToDictionary(key => key, store.Read);
    }
}
