using System.Security.Claims;
using GraphQL.CostAnalysis;

namespace GraphQL.Execution;

/// <summary>
/// One GraphQL request: the document (as text, or as the id of a document the executor has already cached),
/// the operation to run, its variables and the per-request state resolvers see.
/// </summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text. May be left out when <see cref="DocumentId"/> names a cached document.</summary>
    public string? Query { get; init; }

    /// <summary>
    /// The id of a document the executor has parsed before: the lowercase hex SHA-256 of its UTF-8 text
    /// (<see cref="DocumentHash.Compute"/>). Used when <see cref="Query"/> is null.
    /// </summary>
    public string? DocumentId { get; init; }

    /// <summary>The operation to run; required when the document has more than one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Variable values as JSON parsing gives them: null, string, bool, long or int, double, decimal,
    /// <see cref="IReadOnlyList{T}"/> and <see cref="IReadOnlyDictionary{TKey, TValue}"/> (see <see cref="JsonInput"/>).
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> entry, as parsed from JSON.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>Whether the response carries the operation's cost (<c>GraphQL-Cost: report</c>) or only that (<c>validate</c>).</summary>
    public CostReporting CostReporting { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    public ClaimsPrincipal? User { get; init; }

    /// <summary>The request's services (usually a DI scope); resolvers reach them through the context.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Initial entries of the per-request <see cref="IResolverContext.ContextData"/>.</summary>
    public IReadOnlyDictionary<string, object?>? ContextData { get; init; }

    /// <summary>
    /// The document an executor found for this request (set by <see cref="RequestExecutor"/>), so that
    /// <see cref="RequestExecutor.GetOperationType"/> and the execution that follows hash and look it up once. The
    /// request's properties are init-only, so what it resolved to cannot change.
    /// </summary>
    internal DocumentLookup? Lookup { get; set; }
}
