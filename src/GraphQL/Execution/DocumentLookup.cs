namespace GraphQL.Execution;

/// <summary>
/// What one executor found for a request's document: the cached document, or the error that explains why there is
/// none (missing, unknown id, syntax error). Kept on the <see cref="GraphQLRequest"/> for the executor that made it.
/// </summary>
internal sealed class DocumentLookup(RequestExecutor executor, CachedDocument? document, GraphQLError? error)
{
    public RequestExecutor Executor { get; } = executor;

    public CachedDocument? Document { get; } = document;

    /// <summary>Set when <see cref="Document"/> is null.</summary>
    public GraphQLError? Error { get; } = error;
}
