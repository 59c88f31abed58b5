using System.Collections.Concurrent;
using System.Security.Claims;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>
/// The state of one execution of a compiled operation: coerced variables, request data, the execution loop, the
/// errors so far, and per-request memos of what depends on variables (included fields, arguments).
/// </summary>
internal sealed class OperationContext
{
    private readonly List<GraphQLError> _errors = [];
    /// <summary>Guards the errors and the creation of the DataLoader scope.</summary>
    private readonly Lock _lock = new();
    private readonly IReadOnlyDictionary<string, object?>? _initialContextData;
    private Dictionary<SelectionSetPlan, FieldSelection[]>? _includedFields;
    private Dictionary<FieldSelection, IReadOnlyDictionary<string, object?>>? _arguments;
    private ConcurrentDictionary<string, object?>? _contextData;
    private DataLoaderScope? _dataLoaders;

    public OperationContext(
        Schema schema,
        CompiledOperation operation,
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionOptions options,
        CancellationToken requestAborted)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        Options = options;
        Services = request.Services ?? EmptyServiceProvider.Instance;
        User = request.User;
        _initialContextData = request.ContextData;
        RequestAborted = requestAborted;
        Scheduler = new ExecutionScheduler(Services.GetService(typeof(IBatchDispatcher)) as IBatchDispatcher);
    }

    public Schema Schema { get; }

    public CompiledOperation Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionOptions Options { get; }

    public IServiceProvider Services { get; }

    public ClaimsPrincipal? User { get; }

    /// <summary>Created on first use (by any resolver thread): most requests never touch it.</summary>
    public IDictionary<string, object?> ContextData => _contextData ?? CreateContextData();

    public CancellationToken RequestAborted { get; }

    /// <summary>The request's DataLoaders; created on first use (by any resolver thread), so requests without loaders pay nothing.</summary>
    public DataLoaderScope DataLoaders => Volatile.Read(ref _dataLoaders) ?? CreateDataLoaders();

    public ExecutionScheduler Scheduler { get; }

    /// <summary>Empties the caches of the request's DataLoaders, if it has any.</summary>
    public void ClearDataLoaderCaches() => Volatile.Read(ref _dataLoaders)?.ClearCaches();

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_lock)
            {
                return [.. _errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (_lock)
        {
            _errors.Add(error);
        }
    }

    /// <summary>The fields of a plan that this request executes (its @skip/@include variables decide). Loop thread only.</summary>
    public FieldSelection[] GetIncludedFields(SelectionSetPlan plan)
    {
        if (!plan.HasConditions)
        {
            return plan.Fields;
        }
        _includedFields ??= [];
        if (!_includedFields.TryGetValue(plan, out var fields))
        {
            fields = plan.SelectIncluded(Variables);
            _includedFields[plan] = fields;
        }
        return fields;
    }

    /// <summary>The coerced arguments of a field; the same for every execution of it in this request. Loop thread only.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(FieldSelection field)
    {
        if (!field.Arguments.UsesVariables)
        {
            return field.Arguments.Coerce(Variables);
        }
        _arguments ??= [];
        if (!_arguments.TryGetValue(field, out var arguments))
        {
            arguments = field.Arguments.Coerce(Variables);
            _arguments[field] = arguments;
        }
        return arguments;
    }

    /// <summary>
    /// The error reported for an exception of a resolver (or of code it calls): a <see cref="GraphQLException"/>'s
    /// error as it is, anything else masked as "Unexpected Execution Error" (with details when enabled).
    /// </summary>
    public GraphQLError ToError(Exception exception) => exception switch
    {
        GraphQLException graphQL => graphQL.Error,
        InvalidArgumentException argument => new GraphQLError(
            argument.Message,
            argument.Argument?.Location is { } location ? [location] : null,
            extensions: ErrorCodes.Extensions(argument.Code)),
        _ => UnexpectedError(exception),
    };

    private ConcurrentDictionary<string, object?> CreateContextData()
    {
        var created = _initialContextData is null
            ? new ConcurrentDictionary<string, object?>(StringComparer.Ordinal)
            : new ConcurrentDictionary<string, object?>(_initialContextData, StringComparer.Ordinal);
        return Interlocked.CompareExchange(ref _contextData, created, null) ?? created;
    }

    private DataLoaderScope CreateDataLoaders()
    {
        lock (_lock)
        {
            // Attached to the scheduler before it is published, so the loop hears every load.
            if (_dataLoaders is null)
            {
                var scope = new DataLoaderScope(Services, RequestAborted);
                Scheduler.AttachDataLoaders(scope);
                Volatile.Write(ref _dataLoaders, scope);
            }
            return _dataLoaders;
        }
    }

    private GraphQLError UnexpectedError(Exception exception)
    {
        var extensions = ErrorCodes.Extensions(ErrorCodes.UnexpectedError);
        if (Options.IncludeExceptionDetails)
        {
            extensions["message"] = exception.Message;
            extensions["exception"] = exception.GetType().FullName;
            extensions["stackTrace"] = exception.StackTrace;
        }
        return new GraphQLError("Unexpected Execution Error", extensions: extensions, exception: exception);
    }
}

/// <summary>The service provider of requests that bring none.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static EmptyServiceProvider Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
