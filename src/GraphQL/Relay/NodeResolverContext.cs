using System.Security.Claims;
using GraphQL.Execution;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Types.Conversion;

namespace GraphQL.Relay;

/// <summary>
/// What a node resolver sees while <c>node</c> or <c>nodes</c> runs it: the field's context, with the raw id as the
/// only argument (under the name of the resolver's id parameter) and, for <c>nodes</c>, the item's path.
/// </summary>
internal sealed class NodeResolverContext(IResolverContext inner, string idArgumentName, object internalId, ResultPath path) : IResolverContext
{
    private readonly Dictionary<string, object?> _arguments = new(1, StringComparer.Ordinal) { [idArgumentName] = internalId };
    private Dictionary<string, object?>? _localContextData;

    /// <summary>The context of the <c>node</c> or <c>nodes</c> field (whose request owns the DataLoaders).</summary>
    public IResolverContext Inner => inner;

    public Schema Schema => inner.Schema;

    public ObjectType ObjectType => inner.ObjectType;

    public OutputField Field => inner.Field;

    public FieldNode Selection => inner.Selection;

    public IReadOnlyList<FieldNode> FieldNodes => inner.FieldNodes;

    public OperationDefinitionNode Operation => inner.Operation;

    public object? ParentValue => inner.ParentValue;

    public ResultPath Path => path;

    public IReadOnlyDictionary<string, object?> Arguments => _arguments;

    public IReadOnlyDictionary<string, object?> Variables => inner.Variables;

    public IServiceProvider Services => inner.Services;

    public ClaimsPrincipal? User => inner.User;

    public IDictionary<string, object?> ContextData => inner.ContextData;

    public CancellationToken RequestAborted => inner.RequestAborted;

    /// <summary>State of this one node resolver run, apart from the field's (each id of <c>nodes</c> has its own).</summary>
    public IDictionary<string, object?> LocalContextData => _localContextData ??= new(StringComparer.Ordinal);

    public void RegisterForCleanup(IAsyncDisposable resource) => inner.RegisterForCleanup(resource);

    /// <summary>The node field's selection set is the node's.</summary>
    public bool IsSelected(string fieldName) => inner.IsSelected(fieldName);

    public IReadOnlyList<SelectedField> GetSelectedFields(ObjectType objectType) => inner.GetSelectedFields(objectType);

    public void ReportError(GraphQLError error) => inner.ReportError(error.Path is null ? error.WithPath(path) : error);

    public T ArgumentValue<T>(string name) => _arguments.TryGetValue(name, out var value)
        ? InputValueConverter.Convert<T>(value)
        : throw new ArgumentException($"A node resolver has one argument, \"{idArgumentName}\"; there is no \"{name}\".", nameof(name));

    public bool HasArgument(string name) => _arguments.ContainsKey(name);

    public T Parent<T>() => inner.Parent<T>();

    public T Service<T>() where T : notnull => inner.Service<T>();
}
