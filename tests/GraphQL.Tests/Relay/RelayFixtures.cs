using System.Collections.Concurrent;
using GraphQL.DataLoader;
using GraphQL.Relay;
using GraphQL.Types;

namespace GraphQL.Tests.Relay;

/// <summary>The keys of every batch the person loader ran.</summary>
public sealed class PersonBatches
{
    private readonly ConcurrentQueue<Guid[]> _batches = new();

    public IReadOnlyList<Guid[]> All => [.. _batches];

    public void Add(IReadOnlyList<Guid> keys) => _batches.Enqueue([.. keys]);
}

/// <summary>People by id; ids ending in 0 have no person.</summary>
public sealed class PersonByIdLoader(PersonBatches batches) : BatchDataLoader<Guid, Person>
{
    protected override async Task<IReadOnlyDictionary<Guid, Person>> LoadBatchAsync(IReadOnlyList<Guid> keys, CancellationToken cancellationToken)
    {
        batches.Add(keys);
        await Task.Yield();
        return keys.Where(RelayData.Exists).ToDictionary(key => key, key => new Person(key, "person " + key.ToString()[..4]));
    }
}

/// <summary>A node whose resolver is on the class itself and loads through a DataLoader.</summary>
[Node]
public sealed record Person(Guid Id, string Name)
{
    [ID<Book>]
    public int FavoriteBookId => 7;

    [ID<Person>]
    public IReadOnlyList<Guid> FriendIds => [Id];

    [NodeResolver]
    public static Task<Person?> GetAsync(Guid id, PersonByIdLoader people) => people.LoadAsync(id);
}

/// <summary>A node with an int id, marked and resolved by its extension class.</summary>
public sealed record Book(int Id, string Title);

[Node]
[ObjectType<Book>]
public static class BookNode
{
    [NodeResolver]
    public static Book? GetBook(int id) => id switch
    {
        404 => null,
        500 => throw new InvalidOperationException("The shelf collapsed."),
        _ => new Book(id, "book " + id),
    };

    public static string Shelf([Parent] Book book) => "shelf " + book.Id % 3;
}

/// <summary>An input object with a global id field.</summary>
public sealed record LendInput([property: ID<Book>] int BookId, [property: ID<Person>] List<Guid> Readers);

[QueryType]
public static class RelayQueries
{
    public static string PersonIdOf([ID<Person>] Guid id) => id.ToString();

    public static string AnyIdOf([ID] string id) => id;

    public static string PeopleIdsOf([ID<Person>] List<Guid> ids) => string.Join(",", ids);

    public static string Lend(LendInput input) => $"{input.BookId}:{string.Join(",", input.Readers)}";
}

internal static class RelayData
{
    /// <summary>A person id; <paramref name="exists"/> false makes one the loader finds nothing for.</summary>
    public static Guid PersonId(int number, bool exists = true) => new($"{number:D8}-0000-0000-0000-00000000000{(exists ? 1 : 0)}");

    public static bool Exists(Guid id) => !id.ToString().EndsWith('0');

    public static Schema BuildSchema(GlobalObjectIdentificationOptions? options = null) => SchemaBuilder.New()
        .AddQueryType(typeof(RelayQueries))
        .AddType(typeof(Person))
        .AddType(typeof(BookNode))
        .AddGlobalObjectIdentification(options)
        .Build();
}
