using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Tests.CodeFirst;

/// <summary>A resolver context with just what compiled resolvers read, to call them without an executor.</summary>
internal sealed class TestResolverContext(Schema schema, ObjectType objectType, OutputField field) : IResolverContext
{
    public Schema Schema { get; } = schema;

    public ObjectType ObjectType { get; } = objectType;

    public OutputField Field { get; } = field;

    public FieldNode Selection => throw new NotSupportedException();

    public IReadOnlyList<FieldNode> FieldNodes => throw new NotSupportedException();

    public OperationDefinitionNode Operation => throw new NotSupportedException();

    public object? ParentValue { get; init; }

    public ResultPath Path => ResultPath.Root.Append(Field.Name);

    public IReadOnlyDictionary<string, object?> Arguments { get; init; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IServiceProvider Services { get; init; } = new TestServices();

    public ClaimsPrincipal? User { get; init; }

    public IDictionary<string, object?> ContextData { get; } = new Dictionary<string, object?>();

    public CancellationToken RequestAborted { get; init; }

    public void ReportError(GraphQLError error) => throw new NotSupportedException();

    public T ArgumentValue<T>(string name) => throw new NotSupportedException("Compiled resolvers read Arguments directly.");

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public T Parent<T>() => (T)ParentValue!;

    public IDictionary<string, object?> LocalContextData { get; } = new Dictionary<string, object?>();

    public void RegisterForCleanup(IAsyncDisposable resource) => throw new NotSupportedException();

    public bool IsSelected(string fieldName) => throw new NotSupportedException();

    public IReadOnlyList<SelectedField> GetSelectedFields(ObjectType objectType) => throw new NotSupportedException();

    public T Service<T>() where T : notnull => (T)Services.GetService(typeof(T))!;

    public static TestResolverContext For(
        Schema schema, string typeName, string fieldName,
        object? parent = null, IReadOnlyDictionary<string, object?>? arguments = null, IServiceProvider? services = null,
        ClaimsPrincipal? user = null, CancellationToken requestAborted = default)
    {
        var type = schema.GetType<ObjectType>(typeName);
        return new TestResolverContext(schema, type, type.Fields[fieldName])
        {
            ParentValue = parent,
            Arguments = arguments ?? new Dictionary<string, object?>(),
            Services = services ?? new TestServices(),
            User = user,
            RequestAborted = requestAborted,
        };
    }

    /// <summary>Calls the field's compiled resolver.</summary>
    public ValueTask<object?> Resolve() => Field.Resolver!(this);
}

/// <summary>A service provider over a fixed set of instances.</summary>
internal sealed class TestServices(params object[] services) : IServiceProvider
{
    public object? GetService(Type serviceType) => services.FirstOrDefault(serviceType.IsInstanceOfType);
}
