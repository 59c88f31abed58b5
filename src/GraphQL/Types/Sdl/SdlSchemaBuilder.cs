using GraphQL.Authorization;
using GraphQL.CostAnalysis;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Relay;

namespace GraphQL.Types;

/// <summary>
/// Builds an executable schema from SDL (start with <see cref="SchemaBuilder.FromSdl"/>): every definition and
/// extension of the added documents, with resolvers and type resolvers bound by name.
/// <para>
/// Root types are those of a <c>schema { ... }</c> definition, else the object types named Query, Mutation and
/// Subscription. The spec's five scalars need no declaration. Any other scalar must be declared
/// (<c>scalar Money</c>) and implemented: by a scalar registered with <see cref="AddScalar"/>, or by one of the
/// engine's extended scalars (<c>scalar DateTime</c> uses <see cref="BuiltInScalars.DateTime"/>; the declaration's
/// description and directives are then ignored). A registered scalar may also be used without declaring it.
/// Enum values' runtime values are their names unless a CLR enum is bound with <see cref="BindRuntimeType"/>.
/// <c>@authorize</c> on object types and fields becomes their authorization rules; the SDL may use it without
/// defining it.
/// </para>
/// </summary>
public sealed class SdlSchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, ScalarType> _scalars = [];
    private readonly SdlBindings _bindings = new();
    private readonly Dictionary<string, NodeResolverInfo> _nodeResolvers = new(StringComparer.Ordinal);
    private FieldResolver? _defaultResolver;
    private GlobalObjectIdentificationOptions? _globalIds;

    /// <summary>Parses SDL text and adds its definitions and extensions.</summary>
    /// <exception cref="SyntaxException">The text is not valid GraphQL.</exception>
    public SdlSchemaBuilder AddSdl(string sdl) => AddDocument(Parser.Parse(sdl));

    /// <summary>Adds the definitions and extensions of an already parsed document.</summary>
    public SdlSchemaBuilder AddDocument(DocumentNode document)
    {
        _documents.Add(document);
        return this;
    }

    /// <summary>Registers the implementation of a scalar the SDL declares (it replaces a built-in of the same name).</summary>
    public SdlSchemaBuilder AddScalar(ScalarType scalar)
    {
        _scalars[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Sets the resolver of a field of an object type.</summary>
    public SdlSchemaBuilder BindResolver(string typeName, string fieldName, FieldResolver resolver)
    {
        _bindings.Resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Sets the event stream of a subscription root field; its resolver (if any) then maps each event.</summary>
    public SdlSchemaBuilder BindSubscriber(string typeName, string fieldName, SubscribeResolver subscriber)
    {
        _bindings.Subscribers[(typeName, fieldName)] = subscriber;
        return this;
    }

    /// <summary>The resolver of every field without a bound one; <see cref="DefaultFieldResolver.Resolve"/> when not set.</summary>
    public SdlSchemaBuilder SetDefaultResolver(FieldResolver resolver)
    {
        _defaultResolver = resolver;
        return this;
    }

    /// <summary>Decides the object type of values of an interface or union.</summary>
    public SdlSchemaBuilder BindTypeResolver(string abstractTypeName, TypeResolver resolver)
    {
        _bindings.TypeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>
    /// Sets the CLR type of an object, interface, union, enum or input object. For an object type it lets abstract
    /// types recognise values without a type resolver; for an enum it must be a CLR enum, whose members become the
    /// values' runtime values, matched by name as written or by the naming convention (<c>PowerUser</c> → <c>POWER_USER</c>).
    /// </summary>
    public SdlSchemaBuilder BindRuntimeType(string typeName, Type clrType)
    {
        _bindings.RuntimeTypes[typeName] = clrType;
        return this;
    }

    /// <summary>
    /// Turns on Relay's global object identification: the <c>Node</c> interface (the SDL's own, or added) and
    /// <c>node(id:)</c> and <c>nodes(ids:)</c> on the query type (bound when the SDL declares them, added otherwise).
    /// Every object type implementing <c>Node</c> needs a <see cref="BindNodeResolver{TId}"/>; its <c>id</c> field
    /// returns global ids.
    /// </summary>
    /// <param name="options">The limits; <see cref="GlobalObjectIdentificationOptions.Default"/> when null.</param>
    public SdlSchemaBuilder AddGlobalObjectIdentification(GlobalObjectIdentificationOptions? options = null)
    {
        _globalIds = options ?? GlobalObjectIdentificationOptions.Default;
        return this;
    }

    /// <summary>
    /// Sets how <c>node(id:)</c> fetches objects of a node type by raw id (<typeparamref name="TId"/>: string, short,
    /// int, long or Guid); the type then implements <c>Node</c>. The resolver returns null when there is no such object.
    /// </summary>
    public SdlSchemaBuilder BindNodeResolver<TId>(string typeName, Func<TId, IResolverContext, ValueTask<object?>> resolver)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(resolver);
        if (!GlobalId.IsSupportedIdType(typeof(TId)))
        {
            throw new ArgumentException($"Raw ids are string, short, int, long or Guid, not '{typeof(TId).Name}'.", nameof(TId));
        }
        _nodeResolvers[typeName] = new NodeResolverInfo(
            typeof(TId), NodeFieldResolvers.IdArgument, context => resolver((TId)context.Arguments[NodeFieldResolvers.IdArgument]!, context));
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaException">Lists every problem: in the SDL, in the bindings, or with the type system rules.</exception>
    public Schema Build()
    {
        var errors = new List<string>();
        var definitions = SdlDefinitions.Collect(DocumentsWithNodeInterface(), errors);
        var factory = new SdlTypeFactory(_scalars, _bindings.RuntimeTypes, errors);
        factory.Build(definitions);
        SchemaAuthorization.ReadRules(factory.Types, errors);
        SchemaAuthorization.AddDirectiveDefinition(factory.Directives, factory.Types);
        SchemaCost.Validate(factory.Types, errors);
        SchemaCost.AddDirectiveDefinitions(factory.Directives, factory.Types);
        var roots = SdlRootTypes.Resolve(definitions, factory.Types, errors);
        _bindings.ApplyTo(factory.Types, roots.Subscription, errors);
        if (roots.Query is not null)
        {
            CompleteNodes(factory.Types, roots.Query, errors);
        }
        if (errors.Count > 0 || roots.Query is null)
        {
            throw new SchemaException(errors);
        }
        var schemaDirectives = (definitions.Schema?.Directives ?? [])
            .Concat(definitions.SchemaExtensions.SelectMany(extension => extension.Directives))
            .ToList();
        return Schema.Create(new SchemaDefinition
        {
            QueryType = roots.Query,
            MutationType = roots.Mutation,
            SubscriptionType = roots.Subscription,
            Description = definitions.Schema?.Description?.Value,
            Types = [.. factory.Types],
            Directives = factory.Directives,
            SchemaDirectives = schemaDirectives,
            DefaultResolver = _defaultResolver,
        });
    }

    /// <summary>The added documents, and the <c>Node</c> interface when global object identification needs it and none declares it.</summary>
    private IEnumerable<DocumentNode> DocumentsWithNodeInterface()
    {
        var declaresNode = _documents
            .SelectMany(document => document.Definitions)
            .Any(definition => definition is ITypeDefinitionNode type and not ITypeSystemExtensionNode && type.Name.Value == NodeSchema.InterfaceName);
        return _globalIds is null || declaresNode ? _documents : [.. _documents, Parser.Parse(NodeSchema.InterfaceSdl)];
    }

    private void CompleteNodes(NamedCollection<NamedType> types, ObjectType query, List<string> errors)
    {
        if (_globalIds is null)
        {
            if (_nodeResolvers.Count > 0)
            {
                errors.Add("Node resolvers are bound, but global object identification is off; call AddGlobalObjectIdentification().");
            }
            return;
        }
        if (NodeSchema.FindOrAddInterface(types.Find, types.Add, errors.Add) is not { } node)
        {
            return;
        }
        foreach (var typeName in _nodeResolvers.Keys.Where(name => types.Find(name) is not ObjectType))
        {
            errors.Add($"A node resolver is bound to '{typeName}', which is not an object type of the schema.");
        }
        var nodeTypes = types.OfType<ObjectType>()
            .Where(type => type.Implements(node) || _nodeResolvers.ContainsKey(type.Name))
            .Select(type => new NodeSchema.NodeType(type, _nodeResolvers.GetValueOrDefault(type.Name)))
            .ToList();
        NodeSchema.Complete(
            node, query, nodeTypes, _globalIds, _defaultResolver ?? DefaultFieldResolver.Resolve,
            $"bind one with BindNodeResolver.", errors.Add);
    }
}
