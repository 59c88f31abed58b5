using System.Security.Claims;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Types.Conversion;

namespace GraphQL.Execution;

/// <summary>
/// One execution of one field: the work item the loop runs and the <see cref="IResolverContext"/> its resolver
/// sees. First run: coerce arguments and call the resolver; a resolver that finished synchronously is completed
/// right away, an asynchronous one is awaited off the loop and the task is queued again to complete its value.
/// </summary>
internal sealed class FieldTask : IExecutionTask, IResolverContext
{
    private readonly OperationContext _operation;
    private readonly FieldSelection _selection;
    private readonly ResultMap _parentResult;
    private readonly int _index;
    private IReadOnlyDictionary<string, object?>? _arguments;
    private ResultPath? _path;
    private object? _result;
    private Exception? _exception;
    private bool _resolved;
    private Dictionary<string, object?>? _localContextData;
    private FieldCleanup? _cleanup;

    public FieldTask(OperationContext operation, FieldSelection selection, object? parentValue, ResultMap parentResult, int index)
    {
        _operation = operation;
        _selection = selection;
        ParentValue = parentValue;
        _parentResult = parentResult;
        _index = index;
    }

    public FieldSelection FieldSelection => _selection;

    public Schema Schema => _operation.Schema;

    public ObjectType ObjectType => _selection.ObjectType;

    public OutputField Field => _selection.Field;

    public FieldNode Selection => _selection.Node;

    public IReadOnlyList<FieldNode> FieldNodes => _selection.Nodes;

    public OperationDefinitionNode Operation => _operation.Operation.Definition;

    public object? ParentValue { get; }

    public ResultPath Path => _path ??= _parentResult.PathOf(_index);

    public IReadOnlyDictionary<string, object?> Arguments => _arguments ?? throw new InvalidOperationException("Arguments are coerced before the resolver runs.");

    public IReadOnlyDictionary<string, object?> Variables => _operation.Variables;

    public IServiceProvider Services => _operation.Services;

    public ClaimsPrincipal? User => _operation.User;

    public IDictionary<string, object?> ContextData => _operation.ContextData;

    public CancellationToken RequestAborted => _operation.RequestAborted;

    /// <summary>The request's DataLoaders (reached through <c>IResolverContext.DataLoader&lt;T&gt;()</c>).</summary>
    public DataLoader.DataLoaderScope DataLoaders => _operation.DataLoaders;

    public void Execute()
    {
        if (_parentResult.IsDetached)
        {
            // A null from a sibling replaced the parent while the resolver ran: its value is moot, its resources are not.
            _cleanup?.Run();
            return;
        }
        if (_resolved)
        {
            Complete();
            return;
        }
        ValueTask<object?> pending;
        try
        {
            _arguments = _operation.GetArguments(_selection);
            pending = _selection.Resolver(this);
        }
        catch (Exception exception)
        {
            _exception = exception;
            Complete();
            return;
        }
        if (pending.IsCompleted)
        {
            TakeResult(pending);
            Complete();
            return;
        }
        _operation.Scheduler.BeginAsync();
        _ = AwaitResolverAsync(pending);
    }

    /// <summary>Spec 6.2.3.1 ResolveFieldEventStream: coerces the arguments and calls the field's subscriber.</summary>
    public ValueTask<IAsyncEnumerable<object?>> SubscribeAsync(SubscribeResolver subscriber)
    {
        _arguments = _operation.GetArguments(_selection);
        return subscriber(this);
    }

    /// <summary>The error reported for an exception of code this field's resolver runs (masked unless it is a <see cref="GraphQLException"/>).</summary>
    public GraphQLError ToError(Exception exception) => _operation.ToError(exception);

    public void ReportError(GraphQLError error) => _operation.AddError(ValueCompleter.Locate(error, _selection, Path));

    public T ArgumentValue<T>(string name)
    {
        var argument = Field.Arguments.Find(name)
            ?? throw new ArgumentException($"Field \"{_selection.Coordinate}\" has no argument named \"{name}\".", nameof(name));
        return Arguments.TryGetValue(name, out var value)
            ? ConvertArgument<T>(value, argument.Name)
            : default!;
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    public IDictionary<string, object?> LocalContextData => _localContextData ??= new(StringComparer.Ordinal);

    public void RegisterForCleanup(IAsyncDisposable resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        (_cleanup ??= new FieldCleanup(_operation, _selection, Path)).Add(resource);
    }

    public bool IsSelected(string fieldName) => SelectedField.IsSelected(_selection, fieldName, Schema, Variables);

    public IReadOnlyList<SelectedField> GetSelectedFields(ObjectType objectType) => SelectedField.Of(_selection, objectType, Variables);

    public T Parent<T>() => ParentValue is T parent
        ? parent
        : throw new InvalidOperationException($"The parent of field \"{_selection.Coordinate}\" is {ParentValue?.GetType().Name ?? "null"}, not {typeof(T).Name}.");

    public T Service<T>() where T : notnull => Services.GetService(typeof(T)) is T service
        ? service
        : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered.");

    private static T ConvertArgument<T>(object? value, string argumentName)
    {
        try
        {
            return InputValueConverter.Convert<T>(value);
        }
        catch (InputConversionException exception)
        {
            throw new GraphQLException(
                $"The value {ValueDisplay.Of(exception.Value)} of argument \"{argumentName}\" {exception.Problem}.", ErrorCodes.InvalidValue);
        }
        catch (InvalidCastException exception)
        {
            throw new InvalidOperationException($"Argument \"{argumentName}\" cannot be read as {typeof(T).Name}: {exception.Message}", exception);
        }
    }

    private async Task AwaitResolverAsync(ValueTask<object?> pending)
    {
        try
        {
            _result = await pending.ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            _exception = exception;
        }
        _resolved = true;
        _operation.Scheduler.EndAsync(this);
    }

    private void TakeResult(ValueTask<object?> completed)
    {
        try
        {
            _result = completed.Result;
        }
        catch (Exception exception)
        {
            _exception = exception;
        }
    }

    /// <summary>Writes the value (or the error) into the result, then disposes what the resolver registered for cleanup.</summary>
    private void Complete()
    {
        if (_exception is not null)
        {
            ValueCompleter.Fail(_operation, this, _parentResult, _index, _exception);
        }
        else
        {
            ValueCompleter.Complete(_operation, this, _parentResult, _index, Field.Type, _result);
        }
        _cleanup?.Run();
    }
}
