using System.Collections;

namespace GraphQL.Types;

/// <summary>Something in the type system that has a GraphQL name.</summary>
public interface IHasName
{
    string Name { get; }
}

/// <summary>
/// An ordered collection of named members (types, fields, arguments, enum values) with lookup by name.
/// Order is definition order; names are unique.
/// </summary>
public sealed class NamedCollection<T> : IReadOnlyList<T> where T : IHasName
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, T> _byName = new(StringComparer.Ordinal);

    public NamedCollection()
    {
    }

    public NamedCollection(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            Add(item);
        }
    }

    public int Count => _items.Count;

    public T this[int index] => _items[index];

    public T this[string name] => _byName.TryGetValue(name, out var item)
        ? item
        : throw new KeyNotFoundException($"No member named '{name}'.");

    public bool Contains(string name) => _byName.ContainsKey(name);

    public bool TryGet(string name, out T item) => _byName.TryGetValue(name, out item!);

    public T? Find(string name) => _byName.TryGetValue(name, out var item) ? item : default;

    /// <summary>Adds a member; a duplicate name throws, since the type system requires unique names.</summary>
    public void Add(T item)
    {
        if (!_byName.TryAdd(item.Name, item))
        {
            throw new ArgumentException($"A member named '{item.Name}' already exists.", nameof(item));
        }
        _items.Add(item);
    }

    public bool Remove(string name)
    {
        if (!_byName.Remove(name, out var item))
        {
            return false;
        }
        _items.Remove(item);
        return true;
    }

    public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
