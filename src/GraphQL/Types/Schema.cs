using GraphQL.Language;

namespace GraphQL.Types;

/// <summary>
/// An immutable, validated schema. Build one SDL-first or code-first;
/// both end in <see cref="Create"/>, which adds the built-in scalars, directives and introspection types and
/// checks the type system rules.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, IReadOnlyList<ObjectType>> _possibleTypes;

    private Schema(SchemaDefinition definition, NamedCollection<NamedType> types, NamedCollection<DirectiveDefinition> directives)
    {
        Description = definition.Description;
        Directives = directives;
        Types = types;
        SchemaDirectives = definition.SchemaDirectives;
        QueryType = definition.QueryType;
        MutationType = definition.MutationType;
        SubscriptionType = definition.SubscriptionType;
        DefaultResolver = definition.DefaultResolver ?? DefaultFieldResolver.Resolve;
        _possibleTypes = ComputePossibleTypes(types);
    }

    public string? Description { get; }

    public ObjectType QueryType { get; }

    public ObjectType? MutationType { get; }

    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, built-in and introspection types included, in definition order.</summary>
    public NamedCollection<NamedType> Types { get; }

    public NamedCollection<DirectiveDefinition> Directives { get; }

    /// <summary>Directives applied to the schema itself.</summary>
    public IReadOnlyList<DirectiveNode> SchemaDirectives { get; }

    /// <summary>The resolver for fields that have none of their own.</summary>
    public FieldResolver DefaultResolver { get; }

    public NamedType? FindType(string name) => Types.Find(name);

    public T GetType<T>(string name) where T : NamedType =>
        Types.Find(name) as T ?? throw new KeyNotFoundException($"The schema has no {typeof(T).Name} named '{name}'.");

    public DirectiveDefinition? FindDirective(string name) => Directives.Find(name);

    /// <summary>
    /// The field named <paramref name="fieldName"/> on a composite type, meta fields (<c>__typename</c>,
    /// <c>__schema</c>, <c>__type</c>) included; null when there is none. Validation and execution both use this.
    /// </summary>
    public OutputField? FindField(NamedType parentType, string fieldName)
    {
        if (fieldName.StartsWith("__", StringComparison.Ordinal))
        {
            return Introspection.MetaFields.Find(this, parentType, fieldName);
        }
        return parentType is ComplexType complex ? complex.Fields.Find(fieldName) : null;
    }

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>The object types an interface or union may be at runtime (for an object type: itself).</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType type) => type switch
    {
        ObjectType objectType => [objectType],
        _ => _possibleTypes.TryGetValue(type.Name, out var possible) ? possible : [],
    };

    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        FindPossibleType(abstractType, objectType.Name) is not null;

    /// <summary>The possible type of <paramref name="abstractType"/> named <paramref name="typeName"/>; null when there is none.</summary>
    public ObjectType? FindPossibleType(NamedType abstractType, string typeName)
    {
        foreach (var possibleType in GetPossibleTypes(abstractType))
        {
            if (possibleType.Name == typeName)
            {
                return possibleType;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is <paramref name="superType"/>, a member of it, or implements it.</summary>
    public bool IsSubType(NamedType superType, NamedType maybeSubType) =>
        superType.Name == maybeSubType.Name ||
        (superType is UnionType union && union.Types.Any(t => t.Name == maybeSubType.Name)) ||
        (superType is InterfaceType iface && maybeSubType is ComplexType complex && complex.Implements(iface));

    /// <summary>
    /// Creates the schema from its definition: adds what every schema has and validates the type system
    /// (spec section 3). Throws <see cref="SchemaException"/> listing every rule that is broken.
    /// </summary>
    public static Schema Create(SchemaDefinition definition)
    {
        var types = new NamedCollection<NamedType>();
        foreach (var type in definition.Types)
        {
            types.Add(type);
        }
        foreach (var scalar in BuiltInScalars.Specified)
        {
            if (!types.Contains(scalar.Name))
            {
                types.Add(scalar);
            }
        }
        var directives = new NamedCollection<DirectiveDefinition>();
        foreach (var directive in BuiltInDirectives.All)
        {
            directives.Add(directive);
        }
        foreach (var directive in definition.Directives.Where(d => !directives.Contains(d.Name)))
        {
            directives.Add(directive);
        }
        Introspection.IntrospectionTypes.AddTo(types);

        var schema = new Schema(definition, types, directives);
        var errors = SchemaValidator.Validate(schema);
        if (errors.Count > 0)
        {
            throw new SchemaException(errors);
        }
        return schema;
    }

    private static Dictionary<string, IReadOnlyList<ObjectType>> ComputePossibleTypes(IEnumerable<NamedType> types)
    {
        var possible = new Dictionary<string, List<ObjectType>>();
        foreach (var type in types)
        {
            switch (type)
            {
                case UnionType union:
                    possible[union.Name] = [.. union.Types];
                    break;
                case ObjectType objectType:
                    foreach (var iface in objectType.Interfaces)
                    {
                        if (!possible.TryGetValue(iface.Name, out var list))
                        {
                            possible[iface.Name] = list = [];
                        }
                        list.Add(objectType);
                    }
                    break;
            }
        }
        return possible.ToDictionary(p => p.Key, p => (IReadOnlyList<ObjectType>)p.Value);
    }
}

/// <summary>What a builder hands to <see cref="Schema.Create"/>.</summary>
public sealed class SchemaDefinition
{
    public required ObjectType QueryType { get; init; }

    public ObjectType? MutationType { get; init; }

    public ObjectType? SubscriptionType { get; init; }

    public string? Description { get; init; }

    /// <summary>All named types the builder made (root types included); built-in scalars may be left out.</summary>
    public required IReadOnlyList<NamedType> Types { get; init; }

    /// <summary>Custom directive definitions.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives { get; init; } = [];

    public IReadOnlyList<DirectiveNode> SchemaDirectives { get; init; } = [];

    public FieldResolver? DefaultResolver { get; init; }
}

/// <summary>A schema broke one or more type system rules; each message names the type and field at fault.</summary>
public sealed class SchemaException(IReadOnlyList<string> errors)
    : Exception("The schema is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "- " + e)))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}
