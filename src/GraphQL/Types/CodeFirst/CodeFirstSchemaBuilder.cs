using System.Reflection;
using GraphQL.Authorization;
using GraphQL.CostAnalysis;
using GraphQL.Language;
using GraphQL.Relay;
using GraphQL.Types.CodeFirst;

namespace GraphQL.Types;

/// <summary>
/// Builds a schema from C# classes with HotChocolate's conventions: <c>[QueryType]</c>, <c>[MutationType]</c> and
/// <c>[SubscriptionType]</c> classes are merged into the root types, <c>[ObjectType&lt;T&gt;]</c> classes add fields to
/// entity types, and every type the fields use is discovered from the CLR types. Start with <see cref="SchemaBuilder.New"/>.
/// </summary>
public sealed class CodeFirstSchemaBuilder
{
    private readonly Dictionary<OperationType, List<Type>> _rootClasses = new()
    {
        [OperationType.Query] = [],
        [OperationType.Mutation] = [],
        [OperationType.Subscription] = [],
    };
    private readonly List<Type> _extensions = [];
    private readonly List<Type> _types = [];
    private readonly List<Type> _scannedTypes = [];
    private readonly List<ScalarType> _scalars = [];
    private readonly Dictionary<Type, ScalarType> _scalarBindings = DefaultScalarBindings.Create();
    private readonly List<DirectiveDefinition> _directives = [];
    private readonly Dictionary<Type, object> _options = [];
    private GlobalObjectIdentificationOptions? _globalIds;

    internal CodeFirstSchemaBuilder()
    {
    }

    /// <summary>Merges the class's members into the <c>Query</c> type. Static classes can be added with <see cref="AddQueryType(Type)"/>.</summary>
    public CodeFirstSchemaBuilder AddQueryType<T>() => AddQueryType(typeof(T));

    public CodeFirstSchemaBuilder AddQueryType(Type type) => AddRootClass(OperationType.Query, type);

    /// <summary>Merges the class's members into the <c>Mutation</c> type.</summary>
    public CodeFirstSchemaBuilder AddMutationType<T>() => AddMutationType(typeof(T));

    public CodeFirstSchemaBuilder AddMutationType(Type type) => AddRootClass(OperationType.Mutation, type);

    /// <summary>Merges the class's stream-returning members into the <c>Subscription</c> type.</summary>
    public CodeFirstSchemaBuilder AddSubscriptionType<T>() => AddSubscriptionType(typeof(T));

    public CodeFirstSchemaBuilder AddSubscriptionType(Type type) => AddRootClass(OperationType.Subscription, type);

    /// <inheritdoc cref="AddType(Type)"/>
    public CodeFirstSchemaBuilder AddType<T>() => AddType(typeof(T));

    /// <summary>
    /// Adds a class whatever its role: a root type class (by its attribute), an <c>[ObjectType&lt;T&gt;]</c> extension,
    /// or a type the schema must have even when no field returns it (an implementation of an interface, an enum,
    /// an input object marked <c>[InputObjectType]</c>…).
    /// </summary>
    public CodeFirstSchemaBuilder AddType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type.GetCustomAttribute<RootTypeAttribute>() is { } root)
        {
            return AddRootClass(root.Operation, type);
        }
        var list = type.IsDefined(typeof(ObjectTypeAttribute), inherit: false) ? _extensions : _types;
        if (!list.Contains(type))
        {
            list.Add(type);
        }
        return this;
    }

    /// <summary>
    /// Adds every class of the assembly marked <c>[QueryType]</c>, <c>[MutationType]</c>, <c>[SubscriptionType]</c>,
    /// <c>[ObjectType&lt;T&gt;]</c>, <c>[InterfaceType]</c>, <c>[UnionType]</c> or <c>[InputObjectType]</c>, and, once the
    /// schema's interfaces and unions are known, the assembly's classes that implement them.
    /// </summary>
    public CodeFirstSchemaBuilder AddTypesFromAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return AddTypes(assembly.GetTypes());
    }

    /// <summary>What <see cref="AddTypesFromAssembly"/> does, for any set of types.</summary>
    internal CodeFirstSchemaBuilder AddTypes(IReadOnlyCollection<Type> types)
    {
        foreach (var type in types.Where(IsMarked))
        {
            AddType(type);
        }
        _scannedTypes.AddRange(types);
        return this;
    }

    /// <summary>
    /// Adds a custom scalar to the schema. Its <see cref="ScalarType.RuntimeType"/> maps to it unless that CLR type
    /// is already bound (use <see cref="BindScalar{TClr}"/> to replace a binding).
    /// </summary>
    public CodeFirstSchemaBuilder AddScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalars.Add(scalar);
        _scalarBindings.TryAdd(scalar.RuntimeType, scalar);
        return this;
    }

    /// <summary>Maps the CLR type <typeparamref name="TClr"/> to <paramref name="scalar"/>, replacing the default mapping.</summary>
    public CodeFirstSchemaBuilder BindScalar<TClr>(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalarBindings[typeof(TClr)] = scalar;
        return this;
    }

    /// <summary>Adds a custom directive definition.</summary>
    public CodeFirstSchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        _directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Turns on Relay's global object identification (HotChocolate's <c>AddGlobalObjectIdentification</c>): the
    /// <c>Node</c> interface, <c>node(id:)</c> and <c>nodes(ids:)</c> on the query type, <c>[Node]</c> types implementing
    /// <c>Node</c>, and <c>[ID]</c> members reading and writing global ids.
    /// </summary>
    /// <param name="options">The limits; <see cref="GlobalObjectIdentificationOptions.Default"/> when null.</param>
    public CodeFirstSchemaBuilder AddGlobalObjectIdentification(GlobalObjectIdentificationOptions? options = null)
    {
        _globalIds = options ?? GlobalObjectIdentificationOptions.Default;
        return this;
    }

    /// <summary>
    /// Changes the schema-wide options object of type <typeparamref name="T"/> that field middleware reads
    /// (<see cref="FieldMiddlewareContext.GetOptions{T}"/>), e.g. the paging defaults; made with <c>new T()</c> on first use.
    /// </summary>
    public CodeFirstSchemaBuilder ConfigureOptions<T>(Action<T> configure) where T : class, new()
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (!_options.TryGetValue(typeof(T), out var options))
        {
            options = new T();
            _options.Add(typeof(T), options);
        }
        configure((T)options);
        return this;
    }

    /// <summary>
    /// Builds and validates the schema. Throws <see cref="SchemaException"/> listing every member that cannot be
    /// mapped, or every type system rule the result breaks.
    /// </summary>
    public Schema Build()
    {
        var context = new BuildContext(_scalarBindings, _extensions.ToLookup(ExtendedEntity), _options, _globalIds);
        foreach (var scalar in _scalars)
        {
            context.Try(() => context.Types.UseScalar(scalar));
        }
        var query = BuildRootType(context, OperationType.Query);
        var mutation = BuildRootType(context, OperationType.Mutation);
        var subscription = BuildRootType(context, OperationType.Subscription);
        foreach (var extension in _extensions)
        {
            context.Try(() => EnsureExtensible(context, extension));
        }
        foreach (var type in _types)
        {
            context.Try(() => context.Types.RegisteredType(type));
        }
        CompleteTypes(context);
        if (query is null)
        {
            context.ReportError("The schema has no query type: mark a class [QueryType] and add it with AddQueryType or AddTypesFromAssembly.");
        }
        else
        {
            CodeFirstNodes.Complete(context, query);
        }
        var costErrors = new List<string>();
        SchemaCost.Validate(context.Registry.Types, costErrors);
        costErrors.ForEach(context.ReportError);
        if (context.Errors.Count > 0)
        {
            throw new SchemaException(context.Errors);
        }
        var directives = new List<DirectiveDefinition>(_directives);
        SchemaAuthorization.AddDirectiveDefinition(directives, context.Registry.Types);
        SchemaCost.AddDirectiveDefinitions(directives, context.Registry.Types);
        return Schema.Create(new SchemaDefinition
        {
            QueryType = query!,
            MutationType = mutation,
            SubscriptionType = subscription,
            Types = context.Registry.Types,
            Directives = directives,
        });
    }

    private CodeFirstSchemaBuilder AddRootClass(OperationType operation, Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!_rootClasses[operation].Contains(type))
        {
            _rootClasses[operation].Add(type);
        }
        return this;
    }

    private ObjectType? BuildRootType(BuildContext context, OperationType operation)
    {
        var classes = _rootClasses[operation];
        if (classes.Count == 0)
        {
            return null;
        }
        var root = new ObjectType(operation.ToString());
        context.Try(() => context.Registry.Add(root, clrType: null));
        foreach (var resolverClass in classes)
        {
            context.Fields.AddResolverClassFields(root, resolverClass, isSubscription: operation == OperationType.Subscription);
        }
        return root;
    }

    /// <summary>Fields queued so far, then implementations found in scanned assemblies (and their fields), then the links between types.</summary>
    private void CompleteTypes(BuildContext context)
    {
        context.Registry.CompletePending();
        var attempted = new HashSet<Type>();
        List<Type> missing;
        while ((missing = AbstractTypeLinker.MissingImplementations(context.Registry.Types, _scannedTypes, context.Registry)
                   .Where(attempted.Add).ToList()).Count > 0)
        {
            foreach (var type in missing)
            {
                context.Try(() => context.Types.RegisteredType(type));
            }
            context.Registry.CompletePending();
        }
        SdlTypeReference.ResolveAll(context, context.Registry.Types);
        AbstractTypeLinker.Link(context.Registry.Types);
    }

    private static void EnsureExtensible(BuildContext context, Type extension)
    {
        var entity = ExtendedEntity(extension);
        var type = context.Types.RegisteredType(entity);
        if (type is not ObjectType)
        {
            throw new CodeFirstException(
                $"The class '{extension.Name}' extends '{entity.Name}' with [ObjectType<{entity.Name}>], but '{type.Name}' is of kind {type.Kind}; only object types can be extended.");
        }
    }

    private static Type ExtendedEntity(Type extension) => extension.GetCustomAttribute<ObjectTypeAttribute>()!.EntityType;

    private static bool IsMarked(Type type) =>
        type.IsDefined(typeof(RootTypeAttribute), inherit: false) ||
        type.IsDefined(typeof(ObjectTypeAttribute), inherit: false) ||
        type.IsDefined(typeof(InterfaceTypeAttribute), inherit: false) ||
        type.IsDefined(typeof(UnionTypeAttribute), inherit: false) ||
        type.IsDefined(typeof(InputObjectTypeAttribute), inherit: false);
}
