namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The named types a code-first build has made, by CLR type (one output and one input type per CLR type) and
/// by name (two CLR types may not share a GraphQL name), and the work still to do to complete them.
/// </summary>
internal sealed class TypeRegistry
{
    private readonly Dictionary<Type, NamedType> _outputTypes = [];
    private readonly Dictionary<Type, NamedType> _inputTypes = [];
    private readonly Dictionary<string, (NamedType Type, string Owner)> _byName = new(StringComparer.Ordinal);
    private readonly List<NamedType> _types = [];
    private readonly Queue<Action> _pending = [];

    /// <summary>Every named type in the order it was made.</summary>
    public IReadOnlyList<NamedType> Types => _types;

    public bool TryGet(Type clrType, bool isInput, out NamedType type) =>
        (isInput ? _inputTypes : _outputTypes).TryGetValue(clrType, out type!);

    public NamedType? Find(string name) => _byName.TryGetValue(name, out var entry) ? entry.Type : null;

    /// <summary>Adds a type made for a CLR type (null for root types), or a scalar; a scalar added twice is kept once.</summary>
    /// <exception cref="CodeFirstException">Another type already has the name.</exception>
    public void Add(NamedType type, Type? clrType, bool isInput = false)
    {
        var owner = clrType is null ? $"the {type.Name} type" : $"the CLR type '{clrType.FullName}'";
        if (_byName.TryGetValue(type.Name, out var existing))
        {
            if (ReferenceEquals(existing.Type, type))
            {
                return;
            }
            throw new CodeFirstException(
                $"The GraphQL type name '{type.Name}' is claimed by both {existing.Owner} and {owner}; rename one of them with [GraphQLName].");
        }
        _byName.Add(type.Name, (type, owner));
        _types.Add(type);
        if (clrType is not null)
        {
            (isInput ? _inputTypes : _outputTypes)[clrType] = type;
        }
    }

    /// <summary>Queues the completion of a type (its fields), so that types that refer to each other terminate.</summary>
    public void Defer(Action completion) => _pending.Enqueue(completion);

    /// <summary>Runs queued completions, including those they queue, until none is left.</summary>
    public void CompletePending()
    {
        while (_pending.TryDequeue(out var completion))
        {
            completion();
        }
    }
}
