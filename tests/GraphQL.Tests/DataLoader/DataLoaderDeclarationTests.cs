using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Tests.CodeFirst;
using GraphQL.Types;
using static GraphQL.Tests.Execution.ExecutionTestExtensions;

namespace GraphQL.Tests.DataLoader;

/// <summary>DataLoaders declared as classes and attributed static methods, injected into code-first resolvers or taken from the context.</summary>
public sealed class DataLoaderDeclarationTests
{
    private readonly BatchLog _log = new();

    [Fact]
    public async Task CodeFirstResolversGetClassAndMethodLoadersAsParameters()
    {
        var executor = new RequestExecutor(SchemaBuilder.New().AddQueryType(typeof(LoaderQueries)).AddType(typeof(UserExtensions)).Build());

        // As in ASP.NET Core, no synchronization context: see DataLoader/README.md.
        var result = await Task.Run(() => executor.RunAsync("""
            { a: user(id: 1) { name friend { name } nickname tags } b: user(id: 2) { nickname tags } c: nickname(id: 3) }
            """, services: new TestServices(_log)));

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'a':{'name':'user 1','friend':{'name':'user 11'},'nickname':'name 1','tags':['#1a','#1b']},'b':{'nickname':'name 2','tags':['#2a','#2b']},'c':'name 3'}"),
            JsonValueWriter.ToJson(result.Data));
        Assert.Equal([[1, 2], [11]], _log.Of("users"));
        // nickname(id: 3) goes out with the users; the users' nicknames once the users are loaded.
        Assert.Equal([[3], [1, 2]], _log.Of("names"));
        Assert.Equal([[1, 2]], _log.Of("tags"));
    }

    [Fact]
    public async Task EachRequestGetsItsOwnLoaderInstanceSharedByItsResolvers()
    {
        var instances = new List<UserByIdLoader>();
        var executor = SchemaBuilder.FromSdl("type Query { a: Int b: Int }")
            .BindResolver("Query", "a", Record)
            .BindResolver("Query", "b", Record)
            .Executor();
        ValueTask<object?> Record(IResolverContext context)
        {
            lock (instances)
            {
                instances.Add(context.DataLoader<UserByIdLoader>());
            }
            return new ValueTask<object?>(1);
        }

        await executor.RunAsync("{ a b }", services: new TestServices(_log));
        await executor.RunAsync("{ a }", services: new TestServices(_log));

        Assert.Equal(3, instances.Count);
        Assert.Same(instances[0], instances[1]);
        Assert.NotSame(instances[0], instances[2]);
    }

    [Fact]
    public async Task SdlFirstResolversGetMethodLoadersFromTheContext()
    {
        var executor = SchemaBuilder.FromSdl("type Query { names(ids: [Int!]!): [String] tags(id: Int!): [String!]! greeting(id: Int!): String }")
            .BindResolver("Query", "names", async context =>
                await context.DataLoader<int, string>(UserLoaders.GetUserNamesByIdAsync).LoadAsync(context.ArgumentValue<int[]>("ids")))
            .BindResolver("Query", "tags", async context =>
                await context.DataLoader<int, string[]>(UserLoaders.LoadTagsAsync).LoadAsync(context.ArgumentValue<int>("id")))
            .BindResolver("Query", "greeting", async context =>
                await context.DataLoader<int, string>(UserLoaders.GetGreetingsByIdAsync).LoadAsync(context.ArgumentValue<int>("id")))
            .Executor();

        var result = await executor.RunAsync(
            "{ names(ids: [1, 2]) a: tags(id: 1) b: tags(id: 2) c: tags(id: 3) greeting(id: 7) }", services: new TestServices(_log, new Greeting()));

        Assert.Empty(result.Errors);
        Assert.Equal(
            Json("{'names':['name 1','name 2'],'a':['#1a','#1b'],'b':['#2a','#2b'],'c':['#3a','#3b'],'greeting':'hello 7'}"),
            JsonValueWriter.ToJson(result.Data));
        // TagsByPost takes at most two keys a batch.
        Assert.Equal([[1, 2], [3]], _log.Of("tags"));
    }

    [Fact]
    public async Task AMissingServiceOfALoaderIsReportedWithTheParameterThatNeedsIt()
    {
        var executor = SchemaBuilder.FromSdl("type Query { user: String greeting: String }")
            .BindResolver("Query", "user", async context => (await context.DataLoader<UserByIdLoader>().LoadAsync(1))?.Name)
            .BindResolver("Query", "greeting", async context => await context.DataLoader<int, string>(UserLoaders.GetGreetingsByIdAsync).LoadAsync(1))
            .Executor(new ExecutionOptions { IncludeExceptionDetails = true });

        var result = await executor.RunAsync("{ user greeting }");

        Assert.Equal(
            [
                $"No service of type '{typeof(BatchLog).FullName}' is registered, but the parameter 'log' of the constructor of UserByIdLoader requires one. " +
                "Register it, or make the parameter nullable if it is optional.",
                $"No service of type '{typeof(IGreeting).FullName}' is registered, but the parameter 'greeting' of UserLoaders.GetGreetingsByIdAsync requires one. " +
                "Register it, or make the parameter nullable if it is optional.",
            ],
            result.Errors.Select(error => (string)error.Extensions!["message"]!).Order());
    }

    [Fact]
    public void AnIDataLoaderParameterThatNamesNoLoaderFailsTheBuild()
    {
        var errors = CodeFirstTestExtensions.BuildErrors(builder => builder.AddQueryType(typeof(UnknownLoaderQueries)));

        Assert.Equal(
            "The parameter 'userByName' of method 'UnknownLoaderQueries.GetUser' is an IDataLoader<String, User>, but GraphQL.Tests " +
            "has no [DataLoader] method named 'UserByName' (GetUserByNameAsync) that loads it.",
            Assert.Single(errors));
    }

    [Fact]
    public void AnIDataLoaderParameterOfTheWrongTypeNamesNoLoader()
    {
        var errors = CodeFirstTestExtensions.BuildErrors(builder => builder.AddQueryType(typeof(MistypedLoaderQueries)));

        Assert.Contains("is an IDataLoader<Int32, Int32>, but GraphQL.Tests has no [DataLoader] method named 'UserNamesById'", Assert.Single(errors));
    }

    [Theory]
    [InlineData(nameof(InvalidLoaders.NotMarked), "The DataLoader method InvalidLoaders.NotMarked is not marked [DataLoader].")]
    [InlineData(nameof(InvalidLoaders.TakesAnArray), "The DataLoader method InvalidLoaders.TakesAnArray must take the keys, an IReadOnlyList<TKey>, as its first parameter.")]
    [InlineData(
        nameof(InvalidLoaders.ReturnsADictionary),
        "The DataLoader method InvalidLoaders.ReturnsADictionary must return Task<IReadOnlyDictionary<Int32, TValue>> or Task<ILookup<Int32, TValue>>, not Task<Dictionary<Int32, String>>.")]
    [InlineData(
        nameof(InvalidLoaders.KeysDoNotMatch),
        "The DataLoader method InvalidLoaders.KeysDoNotMatch must return Task<IReadOnlyDictionary<Int32, TValue>> or Task<ILookup<Int32, TValue>>, not Task<IReadOnlyDictionary<String, String>>.")]
    public void InvalidLoaderMethodsAreRejected(string methodName, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => DataLoaderMethod.Of(typeof(InvalidLoaders).GetMethod(methodName)!));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void MethodLoadersAreNamedAfterTheirMethodOrTheirAttribute()
    {
        Assert.Equal("UserNamesById", DataLoaderMethod.Of(typeof(UserLoaders).GetMethod(nameof(UserLoaders.GetUserNamesByIdAsync))!).Name);
        Assert.Equal("TagsByPost", DataLoaderMethod.Of(typeof(UserLoaders).GetMethod(nameof(UserLoaders.LoadTagsAsync))!).Name);
    }

    [Fact]
    public async Task AskingForAMethodLoaderWithOtherTypesOrAClassThatIsNoLoaderFails()
    {
        var executor = SchemaBuilder.FromSdl("type Query { wrongTypes: String notALoader: String twoConstructors: String }")
            .BindResolver("Query", "wrongTypes", async context => await context.DataLoader<string, string>(UserLoaders.GetUserNamesByIdAsync).LoadAsync("1"))
            .BindResolver("Query", "notALoader", context => new ValueTask<object?>(context.DataLoader<BatchLog>().ToString()))
            .BindResolver("Query", "twoConstructors", context => new ValueTask<object?>(context.DataLoader<TwoConstructorLoader>().ToString()))
            .Executor(new ExecutionOptions { IncludeExceptionDetails = true });

        var result = await executor.RunAsync("{ wrongTypes notALoader twoConstructors }", services: new TestServices(_log));

        Assert.Equal(
            [
                "BatchLog is not a DataLoader class: it must be a non-abstract subclass of BatchDataLoader<TKey, TValue> or GroupedDataLoader<TKey, TValue>.",
                "The DataLoader class TwoConstructorLoader must have exactly one public constructor, but has 2.",
                "The DataLoader UserNamesById is an IDataLoader<Int32, String>, not an IDataLoader<String, String>.",
            ],
            result.Errors.Select(error => (string)error.Extensions!["message"]!).Order());
    }

    private sealed class Greeting : IGreeting
    {
        public string Greet(int id) => $"hello {id}";
    }

    [QueryType]
    public static class LoaderQueries
    {
        public static Task<User?> GetUserAsync(int id, UserByIdLoader users) => users.LoadAsync(id);

        public static Task<string?> GetNicknameAsync(int id, IDataLoader<int, string> userNamesByIdLoader) => userNamesByIdLoader.LoadAsync(id);
    }

    [ObjectType<User>]
    public static class UserExtensions
    {
        public static Task<User?> GetFriendAsync([Parent] User user, UserByIdLoader users) => users.LoadAsync(user.Id + 10);

        public static Task<string?> GetNicknameAsync([Parent] User user, IDataLoader<int, string> userNamesById) => userNamesById.LoadAsync(user.Id);

        public static async Task<string[]> GetTagsAsync([Parent] User user, IDataLoader<int, string[]> tagsByPost) =>
            (await tagsByPost.LoadAsync(user.Id))!;
    }

    [QueryType]
    public static class UnknownLoaderQueries
    {
        public static Task<User?> GetUser(string name, IDataLoader<string, User> userByName) => userByName.LoadAsync(name);
    }

    [QueryType]
    public static class MistypedLoaderQueries
    {
        public static Task<int> GetName(IDataLoader<int, int> userNamesById) => userNamesById.LoadAsync(1);
    }
}
