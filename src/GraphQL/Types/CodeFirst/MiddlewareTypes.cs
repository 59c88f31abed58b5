namespace GraphQL.Types.CodeFirst;

/// <summary>
/// The named types field middleware made during one build (connection, edge and filter types…), found again by
/// name so that each is made once. A name already taken by a type the middleware did not make is an error, not a
/// silent reuse.
/// </summary>
internal sealed class MiddlewareTypes(TypeRegistry registry)
{
    private readonly HashSet<string> _made = new(StringComparer.Ordinal);

    public T GetOrAdd<T>(string name, Func<T> create) where T : NamedType
    {
        ArgumentNullException.ThrowIfNull(create);
        if (registry.Find(name) is { } existing)
        {
            if (!_made.Contains(name))
            {
                throw new InvalidOperationException(
                    $"the type name '{name}' is already taken by another type of the schema; rename that type with [GraphQLName], or give the middleware another name");
            }
            return existing as T ?? throw new InvalidOperationException(
                $"the type '{name}' made by a field middleware is of kind {existing.Kind}, not the {typeof(T).Name} asked for");
        }
        var type = create();
        if (type.Name != name)
        {
            throw new InvalidOperationException($"the type made for the name '{name}' is named '{type.Name}'");
        }
        registry.Add(type, clrType: null);
        _made.Add(name);
        return type;
    }
}
