using GraphQL.CostAnalysis;
using GraphQL.Language;
using GraphQL.Types;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>
/// Executes requests against one schema. Build it once and share it: it is thread-safe and keeps a cache of parsed,
/// validated documents and of the operations compiled from them.
/// </summary>
/// <remarks>
/// The pipeline: document (cache by SHA-256, else parse) → validation, execution depth included (once per document)
/// → operation selection and compilation (once per operation) → variable coercion → operation cost (refused over the
/// limits) → execution with the timeout, or for subscriptions the source stream mapped to a <see cref="ResponseStream"/>.
/// Errors before execution give a result without data.
/// </remarks>
public sealed class RequestExecutor
{
    private readonly DocumentCache _documents;
    private readonly ValidationOptions? _validation;
    private readonly CostAnalyzer _costs;

    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new ExecutionOptions();
        _documents = new DocumentCache(Options.DocumentCacheSize);
        _validation = Options.EnableIntrospection ? Options.Validation : WithoutIntrospection(Options.Validation);
        _costs = new CostAnalyzer(schema, Options.Cost);
    }

    public Schema Schema { get; }

    public ExecutionOptions Options { get; }

    internal DocumentCache Documents => _documents;

    /// <summary>
    /// Executes a request: an <see cref="ExecutionResult"/> for queries, mutations and requests that fail before
    /// execution, a <see cref="ResponseStream"/> for subscriptions. Throws <see cref="OperationCanceledException"/>
    /// only when <paramref name="cancellationToken"/> is cancelled; the timeout gives an error result.
    /// </summary>
    public async Task<IExecutionResult> ExecuteAsync(GraphQLRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lookup = Lookup(request);
        if (lookup.Document is not { } document)
        {
            return ExecutionResult.FromError(lookup.Error!);
        }
        if (document.ValidationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(document.ValidationErrors);
        }
        CompiledOperation operation;
        try
        {
            operation = document.GetOperation(Schema, request.OperationName);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.FromError(exception.Error);
        }
        var variables = VariableCoercer.Coerce(operation.Variables, request.Variables, out var variableErrors);
        if (variables is null)
        {
            return ExecutionResult.FromErrors(variableErrors);
        }
        if (AnalyzeCost(operation, request, variables, out var cost) is { } refusal)
        {
            return refusal;
        }
        if (operation.Kind == OperationType.Subscription)
        {
            return await SubscriptionExecutor.SubscribeAsync(this, operation, request, variables, cancellationToken).ConfigureAwait(false);
        }
        var result = await ExecuteWithTimeoutAsync(operation, request, variables, request.RootValue, cancellationToken).ConfigureAwait(false);
        return request.CostReporting == CostReporting.Report ? result.WithExtension(OperationCostExtension, cost.ToExtension()) : result;
    }

    private const string OperationCostExtension = "operationCost";

    /// <summary>
    /// Computes the operation's cost; returns the response instead of execution when the request only asked for the
    /// cost (<see cref="CostReporting.Validate"/>), when the cost is over a limit, or when a slicing argument is missing.
    /// </summary>
    private ExecutionResult? AnalyzeCost(CompiledOperation operation, GraphQLRequest request, IReadOnlyDictionary<string, object?> variables, out OperationCost cost)
    {
        try
        {
            cost = _costs.Analyze(operation, variables);
        }
        catch (GraphQLException exception)
        {
            cost = default;
            return ExecutionResult.FromError(exception.Error);
        }
        if (request.CostReporting == CostReporting.Validate)
        {
            return ExecutionResult.FromErrors([], CostExtensions(cost));
        }
        return _costs.FindExceededLimit(cost) is { } exceeded
            ? ExecutionResult.FromErrors([exceeded], request.CostReporting == CostReporting.None ? null : CostExtensions(cost))
            : null;
    }

    private static Dictionary<string, object?> CostExtensions(OperationCost cost) => new() { [OperationCostExtension] = cost.ToExtension() };

    /// <summary>
    /// The kind of operation <paramref name="request"/> would run, decided as execution decides it, from the cached
    /// document (parsed and validated now if it is new; the request keeps what was found, so executing it does not
    /// hash or look up the document again). Null when the
    /// document is missing, does not parse, is invalid or has no such operation: execution then reports why.
    /// Transports use it to refuse, before anything runs, what they cannot carry (a mutation over GET, a subscription
    /// without a stream).
    /// </summary>
    public OperationType? GetOperationType(GraphQLRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = Lookup(request).Document;
        if (document is null || document.ValidationErrors.Count > 0)
        {
            return null;
        }
        try
        {
            return document.GetOperation(Schema, request.OperationName).Kind;
        }
        catch (GraphQLException)
        {
            return null;
        }
    }

    /// <summary>Runs an operation's selection set under the execution timeout (also used per subscription event).</summary>
    internal async Task<ExecutionResult> ExecuteWithTimeoutAsync(
        CompiledOperation operation,
        GraphQLRequest request,
        IReadOnlyDictionary<string, object?> variables,
        object? rootValue,
        CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Options.ExecutionTimeout);
        var context = new OperationContext(Schema, operation, request, variables, Options, timeout.Token);
        try
        {
            return await OperationExecutor.ExecuteAsync(context, rootValue).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return ExecutionResult.FromError(new GraphQLError(
                $"The request did not finish within the execution timeout of {Options.ExecutionTimeout}.",
                extensions: ErrorCodes.Extensions(ErrorCodes.Timeout)));
        }
    }

    /// <summary>The request's document, found once per request and executor (see <see cref="GraphQLRequest.Lookup"/>).</summary>
    private DocumentLookup Lookup(GraphQLRequest request)
    {
        if (request.Lookup is { } known && known.Executor == this)
        {
            return known;
        }
        var document = GetDocument(request, out var error);
        var lookup = new DocumentLookup(this, document, error);
        request.Lookup = lookup;
        return lookup;
    }

    private CachedDocument? GetDocument(GraphQLRequest request, out GraphQLError? error)
    {
        error = null;
        if (request.Query is null)
        {
            if (request.DocumentId is not null && _documents.TryGet(request.DocumentId, out var known))
            {
                return known;
            }
            error = new GraphQLError(
                request.DocumentId is null
                    ? "The request has neither a query nor a document id."
                    : $"The request has no query and no document with id \"{request.DocumentId}\" is known.",
                extensions: ErrorCodes.Extensions(ErrorCodes.DocumentNotFound));
            return null;
        }
        var hash = DocumentHash.Compute(request.Query);
        if (_documents.TryGet(hash, out var cached))
        {
            return cached;
        }
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(request.Query, Options.Parser);
        }
        catch (SyntaxException exception)
        {
            error = exception.ToError();
            return null;
        }
        var validationErrors = DocumentValidator.Validate(Schema, parsed, _validation);
        return _documents.GetOrAdd(new CachedDocument(hash, parsed, validationErrors));
    }

    private static ValidationOptions WithoutIntrospection(ValidationOptions? options)
    {
        var copy = new ValidationOptions
        {
            MaxErrors = options?.MaxErrors ?? ValidationOptions.DefaultMaxErrors,
            MaxFieldComparisons = options?.MaxFieldComparisons ?? ValidationOptions.DefaultMaxFieldComparisons,
            MaxAllowedExecutionDepth = options is null ? ValidationOptions.DefaultMaxAllowedExecutionDepth : options.MaxAllowedExecutionDepth,
            SkipIntrospectionFields = options?.SkipIntrospectionFields ?? false,
        };
        foreach (var rule in options?.AdditionalRules ?? [])
        {
            copy.AdditionalRules.Add(rule);
        }
        copy.AdditionalRules.Add(Introspection.IntrospectionNotAllowedRule.Instance);
        return copy;
    }
}
