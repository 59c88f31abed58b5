using System.Security.Claims;
using GraphQL.Language;
using GraphQL.Types;

namespace GraphQL.Execution;

/// <summary>What a resolver knows about the field it resolves and the request it runs in.</summary>
public interface IResolverContext
{
    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ObjectType { get; }

    OutputField Field { get; }

    /// <summary>The field as selected in the document (the first of the merged field nodes).</summary>
    FieldNode Selection { get; }

    /// <summary>Every field node merged into this response key.</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The parent's resolved value (for root fields: the request's root value, if any).</summary>
    object? ParentValue { get; }

    ResultPath Path { get; }

    /// <summary>The field's coerced argument values, keyed by argument name (absent arguments without defaults are missing).</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The operation's coerced variable values.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    IServiceProvider Services { get; }

    ClaimsPrincipal? User { get; }

    /// <summary>Per-request state shared by all resolvers (DataLoader caches, auth data…).</summary>
    IDictionary<string, object?> ContextData { get; }

    CancellationToken RequestAborted { get; }

    /// <summary>Reports an error for this field without failing it (the field's value is still used).</summary>
    void ReportError(GraphQLError error);

    /// <summary>An argument converted to <typeparamref name="T"/> (lists, numbers, input objects, enums).</summary>
    T ArgumentValue<T>(string name);

    /// <summary>Whether the argument was given (explicitly, by a variable, or by a default).</summary>
    bool HasArgument(string name);

    T Parent<T>();

    /// <summary>
    /// State of this one execution of the field, shared by its middleware and its resolver (e.g. the paging
    /// arguments <c>[UsePaging]</c> validated); created on first use.
    /// </summary>
    IDictionary<string, object?> LocalContextData { get; }

    /// <summary>
    /// Disposes <paramref name="resource"/> once the field's value is complete: after the resolver and its middleware
    /// have finished and the value has been written into the result (lists enumerated). A resolver may so return an
    /// <c>IQueryable</c> over a short-lived DbContext it created.
    /// </summary>
    void RegisterForCleanup(IAsyncDisposable resource);

    /// <summary>
    /// Whether the field's selection set selects a field of this name (on any possible type of the field's type),
    /// fragments expanded and this request's <c>@skip</c>/<c>@include</c> applied. False for leaf fields.
    /// </summary>
    bool IsSelected(string fieldName);

    /// <summary>
    /// The fields the field's selection set selects on a value of <paramref name="objectType"/>, in response order,
    /// fragments expanded and this request's <c>@skip</c>/<c>@include</c> applied.
    /// </summary>
    IReadOnlyList<SelectedField> GetSelectedFields(ObjectType objectType);

    T Service<T>() where T : notnull;
}
