namespace GraphQL.CostAnalysis;

/// <summary>
/// What a request asks to learn about its cost (HotChocolate's <c>GraphQL-Cost</c> request header): nothing, the
/// cost next to the result (<c>report</c>), or the cost instead of running the operation (<c>validate</c>).
/// </summary>
public enum CostReporting
{
    /// <summary>No cost in the response.</summary>
    None,

    /// <summary>Run the operation and add <c>extensions.operationCost</c> to its result (also to a refusal).</summary>
    Report,

    /// <summary>Do not run the operation: answer with <c>extensions.operationCost</c> alone, even over the limits.</summary>
    Validate,
}
