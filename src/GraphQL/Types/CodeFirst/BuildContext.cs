using System.Reflection;

namespace GraphQL.Types.CodeFirst;

/// <summary>The state of one code-first build, shared by the parts that make the types, and the errors found so far.</summary>
internal sealed class BuildContext
{
    private readonly List<string> _errors = [];

    public BuildContext(
        IReadOnlyDictionary<Type, ScalarType> scalarBindings,
        ILookup<Type, Type> extensions,
        IReadOnlyDictionary<Type, object> options,
        Relay.GlobalObjectIdentificationOptions? globalIds)
    {
        Options = options;
        ScalarBindings = scalarBindings;
        Extensions = extensions;
        GlobalIds = globalIds;
        Types = new TypeMapper(this);
        Fields = new FieldFactory(this);
        InputObjects = new InputObjectFactory(this);
        MiddlewareTypes = new MiddlewareTypes(Registry);
    }

    /// <summary>Options objects for field middleware, by type (<see cref="CodeFirstSchemaBuilder.ConfigureOptions{T}"/>).</summary>
    public IReadOnlyDictionary<Type, object> Options { get; }

    /// <summary>The scalar each CLR type maps to.</summary>
    public IReadOnlyDictionary<Type, ScalarType> ScalarBindings { get; }

    /// <summary>The <c>[ObjectType&lt;T&gt;]</c> classes of each entity type.</summary>
    public ILookup<Type, Type> Extensions { get; }

    /// <summary>Relay's global object identification; null when it is off (then <c>[ID]</c> values are raw ids).</summary>
    public Relay.GlobalObjectIdentificationOptions? GlobalIds { get; }

    /// <summary>The object types marked <c>[Node]</c> (on their class or an extension) and their CLR types.</summary>
    public List<(ObjectType Type, Type ClrType)> NodeTypes { get; } = [];

    public SchemaConventions Conventions { get; } = new();

    /// <summary>Nullability annotations; not thread-safe, like the build itself.</summary>
    public NullabilityInfoContext Nullability { get; } = new();

    public TypeRegistry Registry { get; } = new();

    public TypeMapper Types { get; }

    public FieldFactory Fields { get; }

    public InputObjectFactory InputObjects { get; }

    /// <summary>The types field middleware made, by name.</summary>
    public MiddlewareTypes MiddlewareTypes { get; }

    public IReadOnlyList<string> Errors => _errors;

    /// <summary>
    /// Runs one step of the build; a <see cref="CodeFirstException"/> is recorded and the build goes on.
    /// Returns whether the step succeeded.
    /// </summary>
    public bool Try(Action step)
    {
        try
        {
            step();
            return true;
        }
        catch (CodeFirstException exception)
        {
            ReportError(exception.Message);
            return false;
        }
    }

    public void ReportError(string message)
    {
        if (!_errors.Contains(message))
        {
            _errors.Add(message);
        }
    }
}
