using GraphQL.CostAnalysis;
using GraphQL.Language;
using GraphQL.Validation;

namespace GraphQL.Execution;

/// <summary>How a <see cref="RequestExecutor"/> runs requests. Fixed when the executor is built.</summary>
public sealed class ExecutionOptions
{
    /// <summary>How long a request (for a subscription: the handling of one event) may run before it is cancelled.</summary>
    public TimeSpan ExecutionTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether unexpected exceptions show their message, type and stack trace in <c>extensions</c>. Off by default:
    /// switch it on in development only.
    /// </summary>
    public bool IncludeExceptionDetails { get; init; }

    /// <summary>How many parsed and validated documents the executor keeps (least recently used are dropped first).</summary>
    public int DocumentCacheSize { get; init; } = 256;

    /// <summary>Limits for parsing documents; null uses the parser's defaults.</summary>
    public ParserOptions? Parser { get; init; }

    /// <summary>Options for document validation; null uses the validator's defaults.</summary>
    public ValidationOptions? Validation { get; init; }

    /// <summary>
    /// Whether <c>__schema</c> and <c>__type</c> may be queried. When off, documents that use them fail validation
    /// with <c>HC0046</c>; <c>__typename</c> stays available.
    /// </summary>
    public bool EnableIntrospection { get; init; } = true;

    /// <summary>Operation cost limits (<c>MaxFieldCost</c>, <c>MaxTypeCost</c> 1,000 each, as HotChocolate).</summary>
    public CostOptions Cost { get; init; } = new();
}
