using System.Collections.Concurrent;
using GraphQL.Execution;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.Execution;

/// <summary>Spec 6.2: query fields run concurrently, mutation root fields one after another; the batch dispatch hook.</summary>
public sealed class ExecutionOrderTests
{
    [Fact]
    public async Task MutationRootFieldsRunOneAfterAnotherWithTheirSubtrees()
    {
        var log = new ConcurrentQueue<string>();
        var executor = SchemaBuilder.FromSdl("""
            type Query { noop: Int }
            type Mutation { add(n: Int!, delay: Int!): Payload }
            type Payload { n: Int detail: String }
            """)
            .BindResolver("Mutation", "add", async context =>
            {
                var n = context.ArgumentValue<int>("n");
                log.Enqueue($"start {n}");
                await Task.Delay(context.ArgumentValue<int>("delay"), context.RequestAborted);
                log.Enqueue($"end {n}");
                return n;
            })
            .BindResolver("Payload", "n", context => new ValueTask<object?>(context.ParentValue))
            .BindResolver("Payload", "detail", async context =>
            {
                await Task.Delay(20, context.RequestAborted);
                log.Enqueue($"detail {context.ParentValue}");
                return "ok";
            })
            .Executor();

        var result = await executor.RunAsync("mutation { a: add(n: 1, delay: 60) { n detail } b: add(n: 2, delay: 1) { n detail } c: add(n: 3, delay: 30) { n } }");

        Assert.Empty(result.Errors);
        Assert.Equal(["start 1", "end 1", "detail 1", "start 2", "end 2", "detail 2", "start 3", "end 3"], log);
        Assert.Equal(Json("{'a':{'n':1,'detail':'ok'},'b':{'n':2,'detail':'ok'},'c':{'n':3}}"), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task QuerySiblingsRunConcurrently()
    {
        var bothStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = 0;
        async ValueTask<object?> WaitForSibling(IResolverContext context)
        {
            if (Interlocked.Increment(ref started) == 2)
            {
                bothStarted.SetResult();
            }
            // Each resolver finishes only once the other has started: sequential execution would time out.
            await bothStarted.Task.WaitAsync(TimeSpan.FromSeconds(5), context.RequestAborted);
            return context.Field.Name;
        }
        var executor = SchemaBuilder.FromSdl("type Query { left: String right: String }")
            .BindResolver("Query", "left", WaitForSibling)
            .BindResolver("Query", "right", WaitForSibling)
            .Executor();

        var result = await executor.RunAsync("{ left right }");

        Assert.Empty(result.Errors);
        Assert.Equal(Json("{'left':'left','right':'right'}"), JsonValueWriter.ToJson(result.Data));
    }

    [Fact]
    public async Task ManyAsynchronousFieldsInParallelRequestsAllComplete()
    {
        var executor = AsynchronousItemsExecutor(200);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => executor.RunAsync("{ items { id double } }")));

        Assert.All(results, result => Assert.Equal(ExpectedItemsJson(200), JsonValueWriter.ToJson(result.Data)));
    }

    [Fact]
    public async Task AsynchronousFieldsFinishingOnThePoolAreNeverLost()
    {
        // As under ASP.NET Core: no synchronization context, so resolvers finish on pool threads while the loop runs.
        var executor = AsynchronousItemsExecutor(100);

        var results = await Task.Run(() => Task.WhenAll(Enumerable.Range(0, 400).Select(_ => executor.RunAsync("{ items { id double } }"))));

        Assert.All(results, result => Assert.Equal(ExpectedItemsJson(100), JsonValueWriter.ToJson(result.Data)));
    }

    /// <summary>Items 0..count-1 whose <c>id</c> yields and whose <c>double</c> waits a millisecond.</summary>
    private static RequestExecutor AsynchronousItemsExecutor(int count) =>
        SchemaBuilder.FromSdl("type Query { items: [Item] } type Item { id: Int double: Int }")
            .BindResolver("Query", "items", Returns(Enumerable.Range(0, count).ToArray()))
            .BindResolver("Item", "id", async context =>
            {
                await Task.Yield();
                return context.ParentValue;
            })
            .BindResolver("Item", "double", async context =>
            {
                await Task.Delay(1, context.RequestAborted);
                return (int)context.ParentValue! * 2;
            })
            .Executor();

    private static string ExpectedItemsJson(int count) => JsonValueWriter.ToJson(new Dictionary<string, object?>
    {
        ["items"] = Enumerable.Range(0, count).Select(i => new Dictionary<string, object?> { ["id"] = i, ["double"] = i * 2 }).ToArray(),
    });

    [Fact]
    public async Task PendingLoadsOfSiblingsCousinsAndDeeperFieldsAreDispatchedAsOneBatch()
    {
        var loader = new TestBatchLoader();
        var services = new SingleServiceProvider(loader);
        var executor = SchemaBuilder.FromSdl("""
            type Query { users: [User] extra: User }
            type User { id: Int name: String friend: User }
            """)
            .BindResolver("Query", "users", Returns(new object[] { 1, 2 }))
            .BindResolver("Query", "extra", Returns(3))
            .BindResolver("User", "id", context => new ValueTask<object?>(context.ParentValue))
            .BindResolver("User", "name", async context => await loader.LoadAsync((int)context.ParentValue!))
            .BindResolver("User", "friend", context => new ValueTask<object?>((int)context.ParentValue! + 10))
            .Executor();

        var result = await executor.RunAsync("{ users { name friend { name } } extra { name } }", services: services);

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'users':[{'name':'user 1','friend':{'name':'user 11'}},{'name':'user 2','friend':{'name':'user 12'}}],'extra':{'name':'user 3'}}"),
            JsonValueWriter.ToJson(result.Data));
        // users' names (depth 2), their friends' names (depth 3) and extra's name (a cousin): one batch.
        Assert.Equal([[1, 2, 3, 11, 12]], loader.Batches.Select(batch => batch.Order().ToArray()));
    }

    [Fact]
    public async Task ALoadStartedWhileTheExecutorWaitsWakesItToDispatch()
    {
        var loader = new TestBatchLoader();
        var executor = SchemaBuilder.FromSdl("type Query { soon: String late: String }")
            .BindResolver("Query", "soon", async _ => await loader.LoadAsync(1))
            .BindResolver("Query", "late", async context =>
            {
                await Task.Delay(50, context.RequestAborted);
                return await loader.LoadAsync(2);
            })
            .Executor(new ExecutionOptions { ExecutionTimeout = TimeSpan.FromSeconds(5) });

        var result = await executor.RunAsync("{ soon late }", services: new SingleServiceProvider(loader));

        Assert.Empty(result.Errors);
        Assert.Equal(Json("{'soon':'user 1','late':'user 2'}"), JsonValueWriter.ToJson(result.Data));
        Assert.Equal([[1], [2]], loader.Batches);
    }

    /// <summary>A minimal DataLoader: loads wait until the executor dispatches, then one batch answers them all.</summary>
    private sealed class TestBatchLoader : IBatchDispatcher
    {
        private readonly Lock _lock = new();
        private List<(int Key, TaskCompletionSource<object?> Result)> _pending = [];

        public List<int[]> Batches { get; } = [];

        public event EventHandler? BatchPending;

        public bool HasPendingBatches
        {
            get
            {
                lock (_lock)
                {
                    return _pending.Count > 0;
                }
            }
        }

        public Task<object?> LoadAsync(int key)
        {
            var result = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_lock)
            {
                _pending.Add((key, result));
            }
            BatchPending?.Invoke(this, EventArgs.Empty);
            return result.Task;
        }

        public void Dispatch()
        {
            List<(int Key, TaskCompletionSource<object?> Result)> batch;
            lock (_lock)
            {
                (batch, _pending) = (_pending, []);
            }
            Batches.Add([.. batch.Select(load => load.Key)]);
            foreach (var (key, result) in batch)
            {
                result.SetResult($"user {key}");
            }
        }
    }

    private sealed class SingleServiceProvider(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
