using GraphQL.Execution;
using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst.Middleware;

/// <summary>A resource like a short-lived DbContext: its lines can only be read until it is disposed.</summary>
public sealed class Resource(bool failAsynchronously = false) : IAsyncDisposable
{
    public int DisposeCount { get; private set; }

    public IEnumerable<string> Lines()
    {
        for (var i = 1; i <= 2; i++)
        {
            ObjectDisposedException.ThrowIf(DisposeCount > 0, this);
            yield return $"line {i}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        DisposeCount++;
        if (failAsynchronously)
        {
            await Task.Yield();
            throw new InvalidOperationException("disposal failed");
        }
    }
}

/// <summary>Services of one test: the resources its resolvers register.</summary>
public sealed class Resources(params Resource[] items)
{
    public Resource this[int index] => items[index];
}

[QueryType]
public static class CleanupQueries
{
    public static IEnumerable<string> GetLines(IResolverContext context, [Service] Resources resources)
    {
        context.RegisterForCleanup(resources[0]);
        return resources[0].Lines();
    }

    [Wrap("wrapped")]
    public static async Task<string> GetWrappedAsync(IResolverContext context, [Service] Resources resources)
    {
        await Task.Yield();
        context.RegisterForCleanup(resources[0]);
        context.RegisterForCleanup(resources[1]);
        return string.Join("+", resources[0].Lines());
    }

    public static Holder? GetHolder() => new();

    public static string GetFailing(IResolverContext context, [Service] Resources resources)
    {
        context.RegisterForCleanup(resources[0]);
        throw new InvalidOperationException("resolver failed");
    }
}

/// <summary>An object whose non-null field fails while its other field is still resolving.</summary>
public sealed class Holder
{
    public async Task<IEnumerable<string>> GetSlowLinesAsync(IResolverContext context, [Service] Resources resources)
    {
        context.RegisterForCleanup(resources[0]);
        await Task.Delay(50);
        return resources[0].Lines();
    }

    public string GetBoom() => throw new InvalidOperationException("boom");
}

/// <summary>What a resolver saw of the selection below it.</summary>
public sealed record Shelf(bool TotalSelected, string Selected, string BookFields)
{
    public int Total => 3;

    public Book[] Books => [new("Dune")];
}

public interface IShelfItem
{
    string Label { get; }
}

public sealed record Poster(string Label) : IShelfItem;

[QueryType]
public static class SelectionQueries
{
    public static Shelf GetShelf(IResolverContext context)
    {
        var shelf = context.Schema.GetType<ObjectType>("Shelf");
        var selected = context.GetSelectedFields(shelf);
        var books = selected.FirstOrDefault(f => f.Field.Name == "books");
        return new Shelf(
            context.IsSelected("total"),
            string.Join(",", selected.Select(f => f.ResponseName)),
            books is null ? "" : string.Join(",", books.GetSelectedFields(context.Schema.GetType<ObjectType>("Book")).Select(f => f.Field.Name)));
    }

    public static IShelfItem GetItem(IResolverContext context) => new Poster(context.IsSelected("label") ? "label selected" : "label not selected");

    public static string GetLeaf(IResolverContext context) => context.IsSelected("anything") ? "yes" : "no";
}
