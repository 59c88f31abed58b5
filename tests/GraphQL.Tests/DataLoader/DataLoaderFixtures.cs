using System.Collections.Concurrent;
using GraphQL.DataLoader;
using GraphQL.Execution;

namespace GraphQL.Tests.DataLoader;

/// <summary>A user as the loaders return it: user n's friend is user n + 10; user 404 does not exist.</summary>
public sealed record User(int Id)
{
    public string Name => $"user {Id}";
}

/// <summary>A post: user n wrote posts n*100+1 and n*100+2.</summary>
public sealed record Post(int Id, int AuthorId);

/// <summary>The batches loaders received, by loader, in order (a request's service).</summary>
public sealed class BatchLog
{
    private readonly ConcurrentQueue<(string Loader, int[] Keys)> _batches = new();

    /// <summary>Set when a batch saw the request's token cancelled.</summary>
    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(string loader, IReadOnlyList<int> keys) => _batches.Enqueue((loader, [.. keys]));

    /// <summary>The keys of each batch of <paramref name="loader"/>, sorted.</summary>
    public int[][] Of(string loader) => [.. _batches.Where(batch => batch.Loader == loader).Select(batch => batch.Keys.Order().ToArray())];
}

/// <summary>Users by id; its options (batch size) come from the request's services when registered.</summary>
public sealed class UserByIdLoader(BatchLog log, DataLoaderOptions? options = null) : BatchDataLoader<int, User>(options)
{
    protected override async Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Add("users", keys);
        await Task.Yield();
        return keys.Where(key => key != 404).ToDictionary(key => key, key => new User(key));
    }
}

/// <summary>Posts by author: a grouped loader.</summary>
public sealed class PostsByAuthorLoader(BatchLog log) : GroupedDataLoader<int, Post>
{
    protected override async Task<ILookup<int, Post>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Add("posts", keys);
        await Task.Delay(1, cancellationToken);
        return keys.Where(key => key != 404).SelectMany(key => new[] { new Post(key * 100 + 1, key), new Post(key * 100 + 2, key) }).ToLookup(post => post.AuthorId);
    }
}

/// <summary>Users by id without the per-request cache.</summary>
public sealed class UncachedUserLoader(BatchLog log) : BatchDataLoader<int, User>(new DataLoaderOptions { Caching = false })
{
    protected override Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Add("uncached", keys);
        return Task.FromResult<IReadOnlyDictionary<int, User>>(keys.ToDictionary(key => key, key => new User(key)));
    }
}

/// <summary>A loader whose batches fail.</summary>
public sealed class FailingLoader(BatchLog log) : BatchDataLoader<int, User>
{
    protected override async Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Add("failing", keys);
        await Task.Yield();
        throw new GraphQLException($"The users {string.Join(", ", keys)} could not be loaded.", "USERS_DOWN");
    }
}

/// <summary>A loader whose batches never finish unless cancelled.</summary>
public sealed class HangingLoader(BatchLog log) : BatchDataLoader<int, User>
{
    protected override async Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        log.Add("hanging", keys);
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            log.Cancelled.TrySetResult();
            throw;
        }
        return new Dictionary<int, User>();
    }
}

/// <summary>Attributed static DataLoader methods.</summary>
public static class UserLoaders
{
    /// <summary>Defines the UserNamesById loader, an <c>IDataLoader&lt;int, string&gt;</c>.</summary>
    [DataLoader]
    public static Task<IReadOnlyDictionary<int, string>> GetUserNamesByIdAsync(IReadOnlyList<int> keys, BatchLog log, CancellationToken cancellationToken)
    {
        log.Add("names", keys);
        return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"name {key}"));
    }

    /// <summary>Defines the grouped TagsByPost loader, an <c>IDataLoader&lt;int, string[]&gt;</c>, that takes at most 2 keys a batch.</summary>
    [DataLoader(Name = "TagsByPost", MaxBatchSize = 2)]
    public static Task<ILookup<int, string>> LoadTagsAsync(IReadOnlyList<int> keys, BatchLog log, IGreeting? optional = null)
    {
        log.Add("tags", keys);
        return Task.FromResult(keys.SelectMany(key => new[] { (key, $"#{key}a"), (key, $"#{key}b") }).ToLookup(tag => tag.key, tag => tag.Item2));
    }

    [DataLoader]
    public static Task<IReadOnlyDictionary<int, string>> GetGreetingsByIdAsync(IReadOnlyList<int> keys, IGreeting greeting) =>
        Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, greeting.Greet));
}

/// <summary>A service a loader method needs.</summary>
public interface IGreeting
{
    string Greet(int id);
}

/// <summary>Methods that are not valid DataLoaders.</summary>
public static class InvalidLoaders
{
    public static Task<IReadOnlyDictionary<int, string>> NotMarked(IReadOnlyList<int> keys) => throw new NotSupportedException();

    [DataLoader]
    public static Task<IReadOnlyDictionary<int, string>> TakesAnArray(int[] keys) => throw new NotSupportedException();

    [DataLoader]
    public static Task<Dictionary<int, string>> ReturnsADictionary(IReadOnlyList<int> keys) => throw new NotSupportedException();

    [DataLoader]
    public static Task<IReadOnlyDictionary<string, string>> KeysDoNotMatch(IReadOnlyList<int> keys) => throw new NotSupportedException();
}

/// <summary>A DataLoader class the activator cannot create.</summary>
public sealed class TwoConstructorLoader : BatchDataLoader<int, User>
{
    public TwoConstructorLoader()
    {
    }

    public TwoConstructorLoader(BatchLog log)
    {
        _ = log;
    }

    protected override Task<IReadOnlyDictionary<int, User>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
