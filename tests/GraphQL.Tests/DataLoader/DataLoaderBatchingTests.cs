using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.DataLoader;

/// <summary>Dispatch driven by the executor, the per-request cache, batch sizes, errors and cancellation (SDL-first resolvers).</summary>
public sealed class DataLoaderBatchingTests
{
    private readonly BatchLog _log = new();

    [Fact]
    public async Task SiblingsCousinsAndFieldsAtDifferentDepthsShareOneBatchPerLoader()
    {
        var result = await RunAsync("""
            {
              a: parents(ids: [1]) { friend { name } posts { id } }
              b: parents(ids: [2]) { friend { name } }
              c: user(id: 3) { name posts { id } }
            }
            """);

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'a':[{'friend':{'name':'user 11'},'posts':[{'id':101},{'id':102}]}],'b':[{'friend':{'name':'user 12'}}],'c':{'name':'user 3','posts':[{'id':301},{'id':302}]}}"),
            JsonValueWriter.ToJson(result.Data));
        // Depth 1 (c) and depth 3 (the friends of a and b, cousins) in one users batch.
        Assert.Equal([[3, 11, 12]], _log.Of("users"));
        // a's posts are asked in the first round, c's only once c is loaded: the next round.
        Assert.Equal([[1], [3]], _log.Of("posts"));
    }

    [Fact]
    public async Task AHundredParentsLoadTheirChildFieldsInOneBatch()
    {
        var ids = string.Join(", ", Enumerable.Range(1, 100));

        var result = await RunAsync($"{{ parents(ids: [{ids}]) {{ friend {{ id }} posts {{ id }} }} }}");

        Assert.Empty(result.Errors);
        Assert.Equal([Enumerable.Range(11, 100).ToArray()], _log.Of("users"));
        Assert.Equal([Enumerable.Range(1, 100).ToArray()], _log.Of("posts"));
        Assert.Contains("{\"friend\":{\"id\":110},\"posts\":[{\"id\":10001},{\"id\":10002}]}", result.ToJson());
    }

    [Fact]
    public async Task LoadsStartedByABatchsContinuationsGoOutTogetherInTheNextRound()
    {
        var result = await RunAsync("{ parents(ids: [1, 2, 3]) { friendOfFriendName } }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'data':{'parents':[{'friendOfFriendName':'user 21'},{'friendOfFriendName':'user 22'},{'friendOfFriendName':'user 23'}]}}"),
            result.ToJson());
        Assert.Equal([[11, 12, 13], [21, 22, 23]], _log.Of("users"));
    }

    [Fact]
    public async Task ChainsThroughDifferentLoadersFinishWithoutDeadlock()
    {
        var result = await RunAsync("{ user(id: 1) { posts { author { name posts { id } } } } }");

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'data':{'user':{'posts':[{'author':{'name':'user 1','posts':[{'id':101},{'id':102}]}},{'author':{'name':'user 1','posts':[{'id':101},{'id':102}]}}]}}}"),
            result.ToJson());
        // The authors and their posts were cached by the first loads of this request.
        Assert.Equal([[1]], _log.Of("users"));
        Assert.Equal([[1]], _log.Of("posts"));
    }

    [Fact]
    public async Task FieldsAskingTheSameKeyShareOneLoadAndRequestsDoNotShareTheCache()
    {
        var executor = Executor();
        var services = new TestServices(_log);
        const string Query = "{ a: user(id: 1) { name } b: user(id: 1) { name } c: user(id: 2) { name } }";

        var first = await executor.RunAsync(Query, services: services);
        var second = await executor.RunAsync(Query, services: services);

        Assert.Equal(first.ToJson(), second.ToJson());
        Assert.Equal(Json("{'data':{'a':{'name':'user 1'},'b':{'name':'user 1'},'c':{'name':'user 2'}}}"), first.ToJson());
        Assert.Equal([[1, 2], [1, 2]], _log.Of("users"));
    }

    [Fact]
    public async Task WithoutCachingAKeyIsLoadedAgainInALaterBatchButOnceWithinOne()
    {
        var result = await RunAsync("{ a: loadTwice(id: 1) b: loadTwice(id: 1) }");

        Assert.Equal(Json("{'data':{'a':'user 1 user 1','b':'user 1 user 1'}}"), result.ToJson());
        Assert.Equal([[1], [1]], _log.Of("uncached"));
    }

    [Fact]
    public async Task MaxBatchSizeSplitsPendingKeysIntoSeveralBatches()
    {
        var result = await RunAsync("{ users(ids: [1, 2, 3, 4, 5]) { id } }", new DataLoaderOptions { MaxBatchSize = 2 });

        Assert.Equal(Json("{'data':{'users':[{'id':1},{'id':2},{'id':3},{'id':4},{'id':5}]}}"), result.ToJson());
        Assert.Equal([[1, 2], [3, 4], [5]], _log.Of("users"));
    }

    [Fact]
    public async Task KeysTheBatchDoesNotReturnLoadAsNullOrAsAnEmptyGroup()
    {
        var result = await RunAsync("{ users(ids: [1, 404]) { id } user(id: 404) { id } parents(ids: [404]) { posts { id } } }");

        Assert.Equal(Json("{'data':{'users':[{'id':1},null],'user':null,'parents':[{'posts':[]}]}}"), result.ToJson());
    }

    [Fact]
    public async Task ABatchErrorFailsEveryWaitingFieldWithItsPath()
    {
        var result = await RunAsync("{ a: failing(id: 1) { id } b: parents(ids: [2]) { failing { id } } }");

        Assert.Equal([[1, 2]], _log.Of("failing"));
        Assert.Equal(Json("{'a':null,'b':[{'failing':null}]}"), JsonValueWriter.ToJson(result.Data));
        var errors = result.Errors.OrderBy(error => error.Path!.ToString()).ToArray();
        Assert.Equal(new object[][] { ["a"], ["b", 0, "failing"] }, errors.Select(error => error.Path!.ToList().ToArray()));
        Assert.All(errors, error =>
        {
            Assert.Equal("The users 1, 2 could not be loaded.", error.Message);
            Assert.Equal("USERS_DOWN", error.Extensions!["code"]);
        });
    }

    [Fact]
    public async Task ATimeoutCancelsTheBatchThroughTheRequestToken()
    {
        var executor = Executor(new ExecutionOptions { ExecutionTimeout = TimeSpan.FromMilliseconds(100) });

        var result = await executor.RunAsync("{ hanging(id: 1) { id } }", services: new TestServices(_log));

        await _log.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("HC0045", Assert.Single(result.Errors).Extensions!["code"]);
        Assert.Equal([[1]], _log.Of("hanging"));
    }

    [Fact]
    public async Task CancellingTheRequestCancelsTheBatch()
    {
        using var cancellation = new CancellationTokenSource();
        var executor = Executor();

        var running = executor.RunAsync("{ hanging(id: 1) { id } }", services: new TestServices(_log), cancellationToken: cancellation.Token);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await _log.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ALoaderOutsideARequestRefusesToLoad()
    {
        var loader = new UserByIdLoader(_log);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1));

        Assert.Equal(
            "The DataLoader UserByIdLoader does not belong to a request: get it from a resolver parameter or IResolverContext.DataLoader<T>().",
            error.Message);
    }

    [Fact]
    public async Task ANegativeMaxBatchSizeIsRejected()
    {
        var result = await RunAsync("{ user(id: 1) { id } }", new DataLoaderOptions { MaxBatchSize = -1 }, new ExecutionOptions { IncludeExceptionDetails = true });

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("The maximum batch size of UserByIdLoader cannot be negative.", (string)error.Extensions!["message"]!);
    }

    /// <summary>Runs without a synchronization context, as in ASP.NET Core (see DataLoader/README.md).</summary>
    private Task<ExecutionResult> RunAsync(string query, DataLoaderOptions? options = null, ExecutionOptions? executionOptions = null) =>
        Task.Run(() => Executor(executionOptions).RunAsync(query, services: options is null ? new TestServices(_log) : new TestServices(_log, options)));

    private static RequestExecutor Executor(ExecutionOptions? options = null) => SchemaBuilder.FromSdl("""
            type Query {
              user(id: Int!): User
              users(ids: [Int!]!): [User]
              parents(ids: [Int!]!): [User!]!
              loadTwice(id: Int!): String
              failing(id: Int!): User
              hanging(id: Int!): User
            }
            type User { id: Int! name: String! friend: User friendOfFriendName: String posts: [Post!]! failing: User }
            type Post { id: Int! author: User }
            """)
        .BindResolver("Query", "user", async context => await context.DataLoader<UserByIdLoader>().LoadAsync(context.ArgumentValue<int>("id")))
        .BindResolver("Query", "users", async context => await context.DataLoader<UserByIdLoader>().LoadAsync(context.ArgumentValue<int[]>("ids")))
        .BindResolver("Query", "parents", context => new ValueTask<object?>(context.ArgumentValue<int[]>("ids").Select(id => new User(id)).ToArray()))
        .BindResolver("Query", "loadTwice", async context =>
        {
            var loader = context.DataLoader<UncachedUserLoader>();
            var first = await loader.LoadAsync(context.ArgumentValue<int>("id"));
            var second = await loader.LoadAsync(first!.Id);
            return $"{first.Name} {second!.Name}";
        })
        .BindResolver("Query", "failing", async context => await context.DataLoader<FailingLoader>().LoadAsync(context.ArgumentValue<int>("id")))
        .BindResolver("Query", "hanging", async context => await context.DataLoader<HangingLoader>().LoadAsync(context.ArgumentValue<int>("id")))
        .BindResolver("User", "friend", async context => await context.DataLoader<UserByIdLoader>().LoadAsync(context.Parent<User>().Id + 10))
        .BindResolver("User", "friendOfFriendName", async context =>
        {
            var users = context.DataLoader<UserByIdLoader>();
            var friend = await users.LoadAsync(context.Parent<User>().Id + 10);
            var friendOfFriend = await users.LoadAsync(friend!.Id + 10);
            return friendOfFriend!.Name;
        })
        .BindResolver("User", "posts", async context => await context.DataLoader<PostsByAuthorLoader>().LoadAsync(context.Parent<User>().Id))
        .BindResolver("User", "failing", async context => await context.DataLoader<FailingLoader>().LoadAsync(context.Parent<User>().Id))
        .BindResolver("Post", "author", async context => await context.DataLoader<UserByIdLoader>().LoadAsync(context.Parent<Post>().AuthorId))
        .Executor(options);
}
